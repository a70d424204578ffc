package io.bwjtapi.benchmarks.suite;

import io.bwjtapi.benchmarks.Result;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every benchmark of bwjtapi in a few minutes, prints one table (measure, value, unit, target, PASS/FAIL)
 * and writes the same as JSON (by default {@code benchmarks/target/benchmark-results.json}).
 * <p>
 * Each program of the {@link Catalog} runs in a JVM of its own with short settings; a FAIL is a number that
 * misses its target, not an error. The exit status is 0 when every selected measure produced a number, 1 when
 * one is missing (its program failed or timed out; its output above the table says why), 2 for bad arguments.
 * Run {@code --help} for the options (subsets of groups, sizes and measuring periods scaled up or down).
 */
public final class BenchmarkSuite {
    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(SuiteOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(SuiteOptions.USAGE);
            return;
        }
        if (options.list()) {
            ResultTable.printCatalog(options, System.out);
            return;
        }
        System.exit(run(options, System.out));
    }

    static int run(SuiteOptions options, PrintStream out) throws IOException, InterruptedException {
        Instant started = Instant.now();
        Map<String, Object> run = RunInfo.describe(options, started);
        out.printf("bwjtapi benchmarks: groups %s, scale %s, time %s; %s%n", options.groups(),
                factor(options.scale()), factor(options.time()), RunInfo.machine());
        List<Task> tasks = Catalog.tasks().stream().filter(t -> options.groups().contains(t.group())).toList();
        List<Result> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            out.printf("%n[%d/%d] %s: %s%n", i + 1, tasks.size(), task.group(), task.description());
            String status = runTask(task, options, results, out);
            if (status != null) {
                failures.add(task.group() + ": " + task.description() + " " + status);
            }
        }
        List<Row> rows = Row.of(options, results);
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        out.printf("%nbwjtapi benchmark results (%.0f s%s)%n%n", seconds, options.scale() == 1 ? ""
                : "; sizes scaled by " + factor(options.scale()) + ", targets are for the full sizes");
        ResultTable.print(rows, out);
        failures.forEach(f -> out.println("not measured: " + f));
        run.put("seconds", seconds);
        run.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ResultJson.write(options.output(), run, rows);
        out.printf("%nJSON: %s%n", relative(options.output()));
        return rows.stream().anyMatch(r -> r.verdict() == Verdict.MISSING) ? 1 : 0;
    }

    /** Runs one program and collects its results. @return why it failed, or {@code null} when it did not */
    private static String runTask(Task task, SuiteOptions options, List<Result> results, PrintStream out)
            throws IOException, InterruptedException {
        List<String> arguments = task.arguments().apply(options);
        Duration timeout = task.timeout().multipliedBy(Math.round(Math.max(1, options.time())
                * Math.max(1, options.scale())));
        String program = task.mainClass().substring(task.mainClass().lastIndexOf('.') + 1);
        Path log = options.output().toAbsolutePath().getParent().resolve("benchmark-logs")
                .resolve(task.group() + "-" + program + ".log");
        out.printf("    %s %s%n", program, String.join(" ", arguments));
        ChildJvm.Outcome outcome = ChildJvm.run(task.mainClass(), arguments, timeout, out, log);
        results.addAll(outcome.results());
        String status = outcome.timedOut() ? "STOPPED after " + timeout.toSeconds() + " s"
                : outcome.exitCode() != 0 ? "FAILED with exit status " + outcome.exitCode() : "done";
        out.printf("    -> %s in %.0f s, %d numbers%s; output in %s%n", status, outcome.seconds(),
                outcome.results().size(), outcome.logRecords().isEmpty() ? "" : ", " + outcome.logRecords(),
                relative(log));
        return outcome.failed() ? status : null;
    }

    /** @return the path relative to the working directory when it lies below it */
    private static Path relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private static String factor(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Where and how a run happened, for the JSON. */
    private static final class RunInfo {
        static Map<String, Object> describe(SuiteOptions options, Instant started) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("suite", "bwjtapi benchmarks");
            run.put("started", started.toString());
            run.put("commit", GitCommit.head().orElse(null));
            run.put("cores", Runtime.getRuntime().availableProcessors());
            run.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            run.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            run.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("groups", options.groups());
            given.put("scale", options.scale());
            given.put("time", options.time());
            run.put("options", given);
            return run;
        }

        static String machine() {
            return String.format(Locale.ROOT, "%d cores, Java %s, load average %.1f",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
