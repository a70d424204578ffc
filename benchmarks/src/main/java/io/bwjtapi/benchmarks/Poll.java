package io.bwjtapi.benchmarks;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for the measurement programs: they wait for conditions, never for fixed times. */
public final class Poll {
    private Poll() {
    }

    /**
     * Waits until the condition holds, checking every millisecond.
     *
     * @param what what is awaited, for the exception
     * @param limit how long to wait at most
     * @param condition the condition
     * @throws IllegalStateException when the limit passes first
     */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("timed out after " + limit.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }
}
