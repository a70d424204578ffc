package io.bwjtapi.failover.resync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ResyncRateLimiterProperties {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /**
     * At random times, a caller sends whenever the limiter allows; {@code allows} must be exactly "fewer than cap
     * sends in (now - 1 s, now]", so no window ever holds more than the cap.
     */
    @Property(tries = 300)
    void allowsExactlyWhenTheLastSecondHasRoom(@ForAll @IntRange(min = 1, max = 10) int cap,
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 400) Integer> gapsMillis) {
        ResyncRateLimiter limiter = new ResyncRateLimiter(cap);
        List<Instant> sent = new ArrayList<>();
        Instant now = T0;
        for (int gap : gapsMillis) {
            now = now.plusMillis(gap);
            Instant windowStart = now.minus(ResyncRateLimiter.WINDOW);
            long inWindow = sent.stream().filter(t -> t.isAfter(windowStart)).count();
            assertEquals(inWindow < cap, limiter.allows(now));
            if (limiter.allows(now)) {
                assertEquals(now, limiter.nextAllowed(now));
                limiter.record(now);
                sent.add(now);
            } else {
                Instant room = limiter.nextAllowed(now);
                assertTrue(room.isAfter(now) && limiter.allows(room));
            }
        }
    }
}
