package io.bwjtapi.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * How a measurement program hands a number to the {@link io.bwjtapi.benchmarks.suite.BenchmarkSuite}: one line
 * on standard output, {@link #PREFIX} followed by the result as JSON. A program run on its own prints the same
 * line, which stays readable next to its own description of the number.
 */
public final class Report {
    /** The start of a result line. */
    public static final String PREFIX = "##bwjtapi-result ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Report() {
    }

    /**
     * Prints one result.
     *
     * @param id the measure's id in the suite's catalog, e.g. {@code jtapi.dispatch-observers}
     * @param value the number, in the catalog's unit for that measure
     * @param detail what else a reader needs to judge the number (conditions, spread), or an empty string
     */
    public static void value(String id, double value, String detail) {
        value(id, value, 0, detail);
    }

    /**
     * Prints one result measured at a size (addresses, users, subscriptions).
     *
     * @param id the measure's id
     * @param value the number, in the catalog's unit
     * @param size the size it was measured at, 0 when the measure has none
     * @param detail conditions and spread, or an empty string
     */
    public static void value(String id, double value, int size, String detail) {
        try {
            System.out.println(PREFIX + JSON.writeValueAsString(new Result(id, value, size, detail)));
            System.out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write result " + id, e);
        }
    }

    /**
     * @param line a line of a measurement program's output
     * @return the result it carries, or empty for any other line (or a result line that is not valid JSON)
     */
    public static Optional<Result> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(line.substring(PREFIX.length()), Result.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
