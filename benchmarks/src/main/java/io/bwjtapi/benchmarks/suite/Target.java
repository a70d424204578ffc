package io.bwjtapi.benchmarks.suite;

import java.util.Locale;

/**
 * A target from the issues, e.g. "at least 100 000 events/s" or "p99 below 5 ms".
 *
 * @param comparison how a value is compared with the threshold
 * @param threshold the threshold, in the measure's unit
 */
public record Target(Comparison comparison, double threshold) {

    /** How a value must relate to the threshold. */
    public enum Comparison {
        AT_LEAST(">="), AT_MOST("<="), BELOW("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }
    }

    public static Target atLeast(double threshold) {
        return new Target(Comparison.AT_LEAST, threshold);
    }

    public static Target atMost(double threshold) {
        return new Target(Comparison.AT_MOST, threshold);
    }

    public static Target below(double threshold) {
        return new Target(Comparison.BELOW, threshold);
    }

    /** @param value a measured value @return whether it meets the target */
    public boolean metBy(double value) {
        return switch (comparison) {
            case AT_LEAST -> value >= threshold;
            case AT_MOST -> value <= threshold;
            case BELOW -> value < threshold;
        };
    }

    /** @return the target as printed in the table, e.g. {@code >= 100,000} */
    public String describe() {
        return comparison.symbol + " " + Numbers.format(threshold);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", comparison.symbol, threshold);
    }
}
