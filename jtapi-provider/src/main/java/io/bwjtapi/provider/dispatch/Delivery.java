package io.bwjtapi.provider.dispatch;

import java.util.List;

/**
 * One unit of delivery to one recipient: the callback invocations of one batch (an observer's event array, or
 * a listener's events of one group), run in order on a dispatcher thread. Each invocation is guarded on its
 * own, so one that throws does not stop the others.
 */
public final class Delivery {
    private final String description;
    private final List<Runnable> invocations;
    private final long enqueuedNanos;

    /**
     * @param description what is delivered, for the log (for example "CallObserver batch of 5 events")
     * @param invocations the callback invocations, in order
     */
    public Delivery(String description, List<Runnable> invocations) {
        this.description = description;
        this.invocations = List.copyOf(invocations);
        this.enqueuedNanos = System.nanoTime();
    }

    /** @return what is delivered */
    public String description() {
        return description;
    }

    /** @return the invocations */
    List<Runnable> invocations() {
        return invocations;
    }

    /** @return when it was queued, by {@link System#nanoTime()} */
    long enqueuedNanos() {
        return enqueuedNanos;
    }
}
