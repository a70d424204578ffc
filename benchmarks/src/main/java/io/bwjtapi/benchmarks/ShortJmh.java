package io.bwjtapi.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a JMH benchmark class with the suite's short settings (one fork, two warm-up and three measured
 * iterations of a given length) and reads its scores; or, without a length, with the class's own annotations.
 */
public final class ShortJmh {
    private final Collection<RunResult> results;
    private final String settings;

    private ShortJmh(Collection<RunResult> results, String settings) {
        this.results = results;
        this.settings = settings;
    }

    /**
     * @param benchmark the class whose {@code @Benchmark} methods run
     * @param args the program's arguments: none for the annotated settings, else the seconds per iteration
     * @return the scores
     * @throws RunnerException when JMH fails (a benchmark that throws fails the run)
     */
    public static ShortJmh run(Class<?> benchmark, String[] args) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(benchmark.getName() + "\\.").shouldFailOnError(true);
        String settings = "JMH settings of the class";
        if (args.length > 0) {
            long millis = Math.round(Double.parseDouble(args[0]) * 1000);
            TimeValue iteration = TimeValue.milliseconds(millis);
            options.forks(1).warmupIterations(2).warmupTime(iteration).measurementIterations(3)
                    .measurementTime(iteration).verbosity(VerboseMode.SILENT)
                    .jvmArgsAppend("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
            settings = String.format(Locale.ROOT, "JMH, 1 fork, 2 x %d ms warm-up, 3 x %d ms measured", millis,
                    millis);
        }
        return new ShortJmh(new Runner(options.build()).run(), settings);
    }

    /** @param method a benchmark method's name @return its score (mean over the measured iterations) */
    public double score(String method) {
        return primary(method).getScore();
    }

    /** @param method a benchmark method's name @return the score's spread and the settings, for a result's detail */
    public String detail(String method) {
        Result<?> result = primary(method);
        return String.format(Locale.ROOT, "+- %,.0f %s (99.9 %% CI); %s", result.getScoreError(),
                result.getScoreUnit(), settings);
    }

    private Result<?> primary(String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method)).getPrimaryResult();
    }
}
