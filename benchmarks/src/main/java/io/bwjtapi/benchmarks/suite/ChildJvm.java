package io.bwjtapi.benchmarks.suite;

import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.benchmarks.Result;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one measurement program in a fresh JVM (same Java, same class path), so that no measurement inherits
 * another's threads, heap or JIT state, and a hung one can be stopped. Its result lines are collected, its own
 * lines echoed (indented), and its whole output, log records included, written to a log file.
 */
final class ChildJvm {
    /** Quiet logs: the programs print what matters themselves. */
    private static final List<String> JVM_OPTIONS = List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-XX:+UseG1GC");

    /**
     * What a program produced.
     *
     * @param results its result lines
     * @param exitCode its exit status, or -1 when it was stopped
     * @param timedOut whether it ran out of time
     * @param seconds how long it ran
     * @param logRecords how many log records of each level it printed (to its log file only), or empty
     */
    record Outcome(List<Result> results, int exitCode, boolean timedOut, double seconds, String logRecords) {
        boolean failed() {
            return timedOut || exitCode != 0;
        }
    }

    private ChildJvm() {
    }

    static Outcome run(String mainClass, List<String> args, Duration timeout, PrintStream echo, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Result> results = new ArrayList<>();
        LogFilter filter = new LogFilter();
        Files.createDirectories(log.getParent());
        PrintStream logFile = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
        logFile.println("# " + String.join(" ", command.subList(command.indexOf(mainClass), command.size())));
        Thread reader = new Thread(() -> collect(process, results, filter, echo, logFile), "suite-output-" + mainClass);
        reader.setDaemon(true);
        reader.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            stop(process);
        }
        reader.join(5_000);
        logFile.close();
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (results) {
            return new Outcome(List.copyOf(results), finished ? process.exitValue() : -1, !finished, seconds,
                    filter.summary());
        }
    }

    private static void collect(Process process, List<Result> results, LogFilter filter, PrintStream echo,
            PrintStream log) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                log.println(line);
                var result = Report.parse(line);
                if (result.isPresent()) {
                    synchronized (results) {
                        results.add(result.get());
                    }
                } else if (filter.console(line)) {
                    echo.println("    " + line);
                }
            }
        } catch (IOException e) {
            echo.println("    (output lost: " + e + ")");
        }
    }

    /** Stops the program and whatever it started (JMH forks its own JVMs). */
    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
