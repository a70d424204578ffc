package io.bwjtapi.benchmarks;

import java.util.Arrays;

/** Percentiles of a set of samples (nearest rank on the sorted samples). */
public final class Percentiles {
    private final long[] sorted;

    /** @param samples the samples; copied */
    public Percentiles(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        sorted = samples.clone();
        Arrays.sort(sorted);
    }

    /** @param quantile in (0, 1] @return the smallest sample at or above that share of the samples */
    public long at(double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** @return the largest sample */
    public long max() {
        return sorted[sorted.length - 1];
    }

    /** @return the number of samples */
    public int count() {
        return sorted.length;
    }
}
