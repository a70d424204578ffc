package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.ExtTrackingIdStyle;
import io.bwjtapi.simulator.model.AsRole;
import java.util.Random;
import java.util.UUID;

/**
 * Every identifier the switch hands out (channel, subscription, event, call ids), drawn from one seeded
 * generator so that a run with the same seed and the same requests produces the same ids. Used only on the
 * switch thread.
 */
public final class IdGenerator {
    private final Random random;
    private final ExtTrackingIdStyle style;
    private long callHalves = 10_000;
    private long sessions = 100;

    public IdGenerator(long seed, ExtTrackingIdStyle style) {
        this.random = new Random(seed);
        this.style = style;
    }

    /** Returns a random (version 4) UUID from the seeded generator. */
    public String uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }

    /** Returns a new callId in the BroadWorks form {@code callhalf-<n>:0}. */
    public String callId() {
        return "callhalf-" + (++callHalves) + ":0";
    }

    /** Returns a new extTrackingId for a session hosted by the given Application Server. */
    public String extTrackingId(AsRole host) {
        long n = ++sessions;
        boolean counter = style == ExtTrackingIdStyle.COUNTER || (style == ExtTrackingIdStyle.MIXED && n % 2 == 0);
        return counter ? n + ":" + host.serverId() : uuid();
    }

    /** Returns a pseudo-random number in [0, bound) from the seeded generator. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
