package io.bwjtapi.failover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when a test moves it. */
public final class VirtualClock extends Clock {
    public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private Instant now = EPOCH;

    public Instant now() {
        return now;
    }

    public void set(Instant time) {
        if (time.isBefore(now)) {
            throw new IllegalArgumentException("virtual time cannot go back from " + now + " to " + time);
        }
        now = time;
    }

    public void advance(Duration duration) {
        set(now.plus(duration));
    }

    /** @return milliseconds since {@link #EPOCH}, for readable assertions */
    public long elapsedMillis() {
        return Duration.between(EPOCH, now).toMillis();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
