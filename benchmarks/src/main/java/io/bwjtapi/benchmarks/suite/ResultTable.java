package io.bwjtapi.benchmarks.suite;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints plain-text tables: the results (measure, value, unit, target, verdict) and the catalog. */
final class ResultTable {
    private ResultTable() {
    }

    static void print(List<Row> rows, PrintStream out) {
        List<String[]> lines = new ArrayList<>();
        for (Row row : rows) {
            String value = row.result() == null ? "-" : Numbers.format(row.result().value());
            String verdict = row.verdict() == Verdict.INFO ? "" : row.verdict().name();
            lines.add(new String[] {row.title(), value, row.measure().unit(), target(row.measure()), verdict});
        }
        columns(new String[] {"measure", "value", "unit", "target", "result"}, 1, lines, out);
    }

    static void printCatalog(SuiteOptions options, PrintStream out) {
        List<String[]> lines = new ArrayList<>();
        for (Measure m : Catalog.measures()) {
            if (options.groups().contains(m.group())) {
                lines.add(new String[] {m.group(), m.id(), m.title(m.size() == 0 ? 0 : options.size(m.size())),
                    m.unit(), target(m)});
            }
        }
        columns(new String[] {"group", "id", "measure", "unit", "target"}, -1, lines, out);
    }

    private static String target(Measure measure) {
        return measure.target() == null ? "" : measure.target().describe();
    }

    /** @param rightAligned the column to align right (numbers), -1 for none */
    private static void columns(String[] header, int rightAligned, List<String[]> lines, PrintStream out) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] line : lines) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        StringBuilder format = new StringBuilder();
        for (int c = 0; c < header.length; c++) {
            format.append(c == header.length - 1 ? "%s%n" : "%" + (c == rightAligned ? "" : "-") + width[c] + "s  ");
        }
        out.printf(format.toString(), (Object[]) header);
        out.println("-".repeat(java.util.Arrays.stream(width).sum() + 2 * (header.length - 1)));
        for (String[] line : lines) {
            out.printf(format.toString(), (Object[]) line);
        }
    }
}
