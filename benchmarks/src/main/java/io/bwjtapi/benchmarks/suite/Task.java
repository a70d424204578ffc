package io.bwjtapi.benchmarks.suite;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One measurement program the suite runs in a JVM of its own.
 *
 * @param group the group it belongs to
 * @param description what it measures, for the progress line
 * @param mainClass the program
 * @param arguments its arguments for the run's options (sizes, periods)
 * @param timeout how long it may take at time factor 1 before it is stopped
 */
public record Task(String group, String description, String mainClass, Function<SuiteOptions, List<String>> arguments,
        Duration timeout) {
}
