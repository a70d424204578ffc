package io.bwjtapi.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bounded waiting for asynchronous outcomes in tests: poll a condition until it holds or a deadline
 * passes, then fail with a message that says what was awaited and what was last seen. Tests never sleep
 * for a fixed time and hope.
 */
public final class Await {
    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private Await() {
    }

    /**
     * Waits until the condition holds.
     *
     * @param timeout the longest time to wait
     * @param what a description of the awaited outcome, used in the failure message
     * @param condition the condition to poll
     * @throws AssertionError when the condition still does not hold after the timeout
     */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, what, condition, () -> "");
    }

    /**
     * Waits until the condition holds, describing the observed state on failure.
     *
     * @param timeout the longest time to wait
     * @param what a description of the awaited outcome, used in the failure message
     * @param condition the condition to poll
     * @param lastSeen describes the state seen when the wait gave up
     * @throws AssertionError when the condition still does not hold after the timeout
     */
    public static void until(Duration timeout, String what, BooleanSupplier condition, Supplier<?> lastSeen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                Object seen = lastSeen.get();
                String detail = seen == null || seen.toString().isEmpty() ? "" : "; last seen: " + seen;
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what + detail);
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }
}
