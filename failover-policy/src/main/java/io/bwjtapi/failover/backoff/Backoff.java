package io.bwjtapi.failover.backoff;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * A backoff for one server or one device: counts consecutive failures and says how long to wait after each.
 * The wait after the n-th failure lies in {@code [ceiling(n) * (1 - jitter), ceiling(n)]} (see
 * {@link BackoffConfig#ceiling(int)}), so it never exceeds the configured maximum. {@link #reset()} after a
 * success starts again from the initial wait.
 */
public final class Backoff {
    private final BackoffConfig config;
    private final Random random;
    private int failures;

    /**
     * @param config the shape
     * @param random the source of jitter (seeded in tests)
     */
    public Backoff(BackoffConfig config, Random random) {
        this.config = Objects.requireNonNull(config, "config");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Records a failure.
     *
     * @return how long to wait before the next attempt
     */
    public Duration next() {
        if (failures < Integer.MAX_VALUE) {
            failures++;
        }
        Duration ceiling = config.ceiling(failures);
        double shortening = config.jitter() * random.nextDouble();
        return Duration.ofNanos(Math.round(ceiling.toNanos() * (1.0 - shortening)));
    }

    /** Forgets all failures: the next wait is the initial one again. */
    public void reset() {
        failures = 0;
    }

    /** @return consecutive failures since the last reset */
    public int failures() {
        return failures;
    }
}
