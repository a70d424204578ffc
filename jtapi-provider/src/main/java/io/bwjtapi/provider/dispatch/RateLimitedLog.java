package io.bwjtapi.provider.dispatch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/** A WARN that is written at most once per interval; the ones suppressed in between are counted in the next. */
final class RateLimitedLog {
    private final Logger log;
    private final long intervalNanos;
    private final AtomicLong nextAllowed = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong suppressed = new AtomicLong();

    RateLimitedLog(Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    void warn(String format, Object... arguments) {
        long now = System.nanoTime();
        long next = nextAllowed.get();
        if ((next == Long.MIN_VALUE || now - next >= 0) && nextAllowed.compareAndSet(next, now + intervalNanos)) {
            long skipped = suppressed.getAndSet(0);
            log.warn(skipped == 0 ? format : format + " ({} similar warnings suppressed)", append(arguments, skipped));
        } else {
            suppressed.incrementAndGet();
        }
    }

    private static Object[] append(Object[] arguments, long skipped) {
        if (skipped == 0) {
            return arguments;
        }
        Object[] more = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        more[arguments.length] = skipped;
        return more;
    }
}
