package io.bwjtapi.broadworks.failover;

import io.bwjtapi.xsi.channel.EventChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets at most one stream-traffic fact per channel through every interval (100 ms by default), so that an event
 * storm does not flood the switch thread with facts that only prove a channel alive. Thread-safe; called on the
 * Netty I/O threads.
 */
final class TrafficThrottle {
    static final long DEFAULT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final long intervalNanos;
    private final Map<EventChannel, AtomicLong> lastPassed = new ConcurrentHashMap<>();

    TrafficThrottle(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** @return whether traffic seen now on the channel is to be reported */
    boolean pass(EventChannel channel, long nowNanos) {
        AtomicLong last = lastPassed.computeIfAbsent(channel, c -> new AtomicLong(nowNanos - intervalNanos));
        long previous = last.get();
        return nowNanos - previous >= intervalNanos && last.compareAndSet(previous, nowNanos);
    }

    /** @param channel a channel that closed: forget it */
    void forget(EventChannel channel) {
        lastPassed.remove(channel);
    }
}
