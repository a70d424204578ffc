package io.bwjtapi.failover.backoff;

import java.time.Duration;
import java.util.Objects;

/**
 * The shape of a capped exponential backoff: the n-th consecutive failure waits
 * {@code min(max, initial * multiplier^(n-1))}, shortened by a random fraction of up to {@code jitter} so that
 * clients that failed together do not retry together.
 */
public final class BackoffConfig {
    private final Duration initial;
    private final Duration max;
    private final double multiplier;
    private final double jitter;

    private BackoffConfig(Duration initial, Duration max, double multiplier, double jitter) {
        this.initial = initial;
        this.max = max;
        this.multiplier = multiplier;
        this.jitter = jitter;
    }

    /**
     * @param initial the wait after the first failure, positive
     * @param max the longest wait, at least {@code initial}
     * @param multiplier the growth per failure, at least 1
     * @param jitter the largest random shortening as a fraction, in [0, 1)
     * @return the configuration
     * @throws IllegalArgumentException if a value is out of range
     */
    public static BackoffConfig of(Duration initial, Duration max, double multiplier, double jitter) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("backoff initial must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is below initial " + initial);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("backoff multiplier must be >= 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter < 1.0)) {
            throw new IllegalArgumentException("backoff jitter must be in [0, 1), was " + jitter);
        }
        return new BackoffConfig(initial, max, multiplier, jitter);
    }

    /** @return the wait after the first failure */
    public Duration initial() {
        return initial;
    }

    /** @return the longest wait */
    public Duration max() {
        return max;
    }

    /** @return the growth per failure */
    public double multiplier() {
        return multiplier;
    }

    /** @return the largest random shortening as a fraction */
    public double jitter() {
        return jitter;
    }

    /**
     * @param failures consecutive failures so far, at least 1
     * @return the wait before jitter: {@code min(max, initial * multiplier^(failures-1))}
     */
    public Duration ceiling(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be >= 1, was " + failures);
        }
        double nanos = initial.toNanos() * Math.pow(multiplier, failures - 1.0);
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof BackoffConfig)) {
            return false;
        }
        BackoffConfig that = (BackoffConfig) other;
        return initial.equals(that.initial) && max.equals(that.max) && multiplier == that.multiplier
                && jitter == that.jitter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(initial, max, multiplier, jitter);
    }

    @Override
    public String toString() {
        return "BackoffConfig[initial=" + initial + ", max=" + max + ", multiplier=" + multiplier + ", jitter="
                + jitter + "]";
    }
}
