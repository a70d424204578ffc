package io.bwjtapi.failover.resync;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.internal.Durations;
import io.bwjtapi.failover.internal.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

/**
 * When each device's next periodic resync is due, and how fast due resyncs may go out. After each snapshot a
 * device is due again after the nominal interval scaled by a random factor in {@code [1 - jitter, 1 + jitter]},
 * which spreads devices that synced together. Due devices are released only while the rate limiter has room, so
 * no more than the cap of resyncs (periodic ones plus any others recorded) reach the XSP in any second.
 */
public final class PeriodicResyncSchedule {
    private final Timeline<DeviceId> due = new Timeline<>();
    private final Duration interval;
    private final double jitter;
    private final Random random;
    private final ResyncRateLimiter limiter;

    /**
     * @param interval the nominal interval per device
     * @param jitter the relative deviation of each interval, in [0, 1)
     * @param maxPerSecond the cap on resyncs per second
     * @param random the jitter source
     */
    public PeriodicResyncSchedule(Duration interval, double jitter, int maxPerSecond, Random random) {
        this.interval = interval;
        this.jitter = jitter;
        this.random = random;
        this.limiter = new ResyncRateLimiter(maxPerSecond);
    }

    /**
     * @param device a device whose snapshot just arrived
     * @param now the current time
     */
    public void synced(DeviceId device, Instant now) {
        due.schedule(device, now.plus(Durations.jittered(interval, jitter, random)));
    }

    /** @param device a device that no longer gets periodic resyncs (until its next snapshot) */
    public void cancel(DeviceId device) {
        due.cancel(device);
    }

    /** @param now when a resync of any kind was sent; it counts against the cap */
    public void recordSent(Instant now) {
        limiter.record(now);
    }

    /**
     * Releases the next due device if the cap allows one more now. The caller either sends its resync (and
     * records it with {@link #recordSent(Instant)}) or drops it until its next snapshot.
     *
     * @param now the current time
     * @return the device, or empty when none is due or the cap is reached
     */
    public Optional<DeviceId> pollDue(Instant now) {
        return limiter.allows(now) ? due.pollDue(now) : Optional.empty();
    }

    /**
     * @param now the current time
     * @return when {@link #pollDue(Instant)} can next release a device
     */
    public Optional<Instant> nextDeadline(Instant now) {
        return due.earliest().map(at -> {
            Instant room = limiter.nextAllowed(now);
            return at.isAfter(room) ? at : room;
        });
    }

    /**
     * @param device a device
     * @return whether it has a periodic resync scheduled
     */
    public boolean isScheduled(DeviceId device) {
        return due.contains(device);
    }
}
