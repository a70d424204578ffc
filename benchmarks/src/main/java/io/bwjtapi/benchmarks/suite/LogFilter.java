package io.bwjtapi.benchmarks.suite;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells a program's own lines (numbers, descriptions) from log records of the code it measures (SLF4J simple
 * logger lines and the stack traces that follow them), and counts the records by level. The console gets the
 * former; the program's log file gets everything.
 */
final class LogFilter {
    private static final Pattern RECORD = Pattern.compile("^(?:\\S+ )?\\[[^\\]]+\\] (TRACE|DEBUG|INFO|WARN|ERROR) ");
    private static final Pattern THROWABLE = Pattern.compile("^[\\w$]+(\\.[\\w$]+)+(: .*)?$");

    private final Map<String, Integer> records = new TreeMap<>();
    private boolean inRecord;

    /** @param line the next line of output @return whether it belongs on the console */
    boolean console(String line) {
        Matcher record = RECORD.matcher(line);
        if (record.find()) {
            records.merge(record.group(1), 1, Integer::sum);
            inRecord = true;
            return false;
        }
        if (inRecord && (line.startsWith("\t") || line.startsWith("Caused by: ") || line.trim().startsWith("at ")
                || line.trim().startsWith("... ") || THROWABLE.matcher(line).matches())) {
            return false;
        }
        inRecord = false;
        return true;
    }

    /** @return e.g. {@code 12 log records (2 ERROR, 10 WARN)}, or an empty string when there were none */
    String summary() {
        int total = records.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "";
        }
        return total + " log records (" + records.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ")";
    }
}
