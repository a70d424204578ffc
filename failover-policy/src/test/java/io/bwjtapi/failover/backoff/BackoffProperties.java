package io.bwjtapi.failover.backoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BackoffProperties {

    @Property(tries = 300)
    void everyWaitLiesWithinItsJitteredCeilingAndNeverExceedsTheMax(
            @ForAll @LongRange(min = 1, max = 60_000) long initialMillis,
            @ForAll @LongRange(min = 0, max = 600_000) long extraMillis,
            @ForAll @DoubleRange(min = 1.0, max = 10.0) double multiplier,
            @ForAll @DoubleRange(min = 0.0, max = 0.99) double jitter,
            @ForAll @IntRange(min = 1, max = 80) int failures,
            @ForAll long seed) {
        BackoffConfig config = BackoffConfig.of(Duration.ofMillis(initialMillis),
                Duration.ofMillis(initialMillis + extraMillis), multiplier, jitter);
        Backoff backoff = new Backoff(config, new Random(seed));
        Duration previousCeiling = Duration.ZERO;
        for (int n = 1; n <= failures; n++) {
            Duration wait = backoff.next();
            Duration ceiling = config.ceiling(n);
            long floorNanos = (long) Math.floor(ceiling.toNanos() * (1.0 - jitter));
            assertTrue(wait.toNanos() >= floorNanos && wait.compareTo(ceiling) <= 0,
                    () -> "wait " + wait + " outside [" + floorNanos + "ns, " + ceiling + "]");
            assertTrue(ceiling.compareTo(config.max()) <= 0, "capped");
            assertTrue(ceiling.compareTo(previousCeiling) >= 0, "ceilings never shrink");
            assertTrue(ceiling.compareTo(config.initial()) >= 0, "at least the initial wait");
            previousCeiling = ceiling;
        }
        assertEquals(failures, backoff.failures());
    }

    @Property(tries = 100)
    void resetStartsAgainFromTheInitialWait(@ForAll @IntRange(min = 1, max = 30) int failures, @ForAll long seed) {
        BackoffConfig config = BackoffConfig.of(Duration.ofMillis(500), Duration.ofSeconds(3), 2.0, 0.2);
        Backoff backoff = new Backoff(config, new Random(seed));
        for (int i = 0; i < failures; i++) {
            backoff.next();
        }
        backoff.reset();
        assertEquals(0, backoff.failures());
        Duration first = backoff.next();
        assertTrue(first.compareTo(Duration.ofMillis(400)) >= 0 && first.compareTo(Duration.ofMillis(500)) <= 0,
                first::toString);
    }

    @Property(tries = 50)
    void theCeilingReachesTheMaxAndStaysThere(@ForAll @IntRange(min = 7, max = 1000) int failures) {
        BackoffConfig config = BackoffConfig.of(Duration.ofMillis(500), Duration.ofSeconds(3), 2.0, 0.2);
        assertEquals(Duration.ofSeconds(3), config.ceiling(failures));
        assertEquals(Duration.ofSeconds(2), config.ceiling(3));
    }
}
