package io.bwjtapi.failover.resync;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts resyncs sent to the XSP in a sliding one-second window. {@link #allows(Instant)} holds when fewer than
 * the cap were sent in {@code (now - 1 s, now]}. It remembers only the last {@code cap} send times: the window has
 * room exactly when the oldest of them is at least one second old.
 */
public final class ResyncRateLimiter {
    /** The window the cap applies to. */
    public static final Duration WINDOW = Duration.ofSeconds(1);

    private final Instant[] lastSends;
    private int oldest;
    private int count;

    /** @param cap the most resyncs allowed in any window, at least 1 */
    public ResyncRateLimiter(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be >= 1, was " + cap);
        }
        this.lastSends = new Instant[cap];
    }

    /** @param now when a resync (of any kind) was sent */
    public void record(Instant now) {
        lastSends[oldest] = now;
        oldest = (oldest + 1) % lastSends.length;
        count = Math.min(count + 1, lastSends.length);
    }

    /**
     * @param now the current time
     * @return whether one more resync fits in the window ending at {@code now}
     */
    public boolean allows(Instant now) {
        return count < lastSends.length || !lastSends[oldest].plus(WINDOW).isAfter(now);
    }

    /**
     * @param now the current time
     * @return {@code now} if a resync fits, otherwise when the window next has room
     */
    public Instant nextAllowed(Instant now) {
        return allows(now) ? now : lastSends[oldest].plus(WINDOW);
    }
}
