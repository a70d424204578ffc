package io.bwjtapi.xsi.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Capped exponential backoff with jitter for retries after 503 or transport loss. */
public final class Backoff {
    private final long firstMillis;
    private final long maxMillis;

    /**
     * Creates a backoff.
     *
     * @param first the wait after the first failure
     * @param max the longest wait
     */
    public Backoff(Duration first, Duration max) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
    }

    /**
     * Computes the wait before the next attempt.
     *
     * @param attempt the attempt that just failed, from 1
     * @return between half and all of min(max, first * 2^(attempt-1)), in milliseconds
     */
    public long delayMillis(int attempt) {
        long ceiling = firstMillis << Math.min(attempt - 1, 30);
        long capped = Math.min(maxMillis, ceiling < 0 ? maxMillis : ceiling);
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    /** @return the longest wait, in milliseconds */
    public long maxMillis() {
        return maxMillis;
    }
}
