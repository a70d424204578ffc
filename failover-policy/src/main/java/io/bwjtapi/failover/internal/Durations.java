package io.bwjtapi.failover.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

/** Small time arithmetic shared by the policy's parts. */
public final class Durations {
    private Durations() {
    }

    /**
     * @param duration a duration
     * @param factor a non-negative factor
     * @return the duration scaled, rounded to the nanosecond
     */
    public static Duration scale(Duration duration, double factor) {
        return Duration.ofNanos(Math.round(duration.toNanos() * factor));
    }

    /**
     * @param duration the nominal duration
     * @param jitter the largest relative deviation, in [0, 1)
     * @param random the source of randomness
     * @return a duration drawn uniformly from {@code [duration * (1 - jitter), duration * (1 + jitter)]}
     */
    public static Duration jittered(Duration duration, double jitter, Random random) {
        return scale(duration, 1.0 - jitter + 2.0 * jitter * random.nextDouble());
    }

    /**
     * @param a a deadline or empty
     * @param b another deadline or empty
     * @return the earlier of the two present deadlines
     */
    public static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isBefore(b.get()) ? a : b;
    }
}
