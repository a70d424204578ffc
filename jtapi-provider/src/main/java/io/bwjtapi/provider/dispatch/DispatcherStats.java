package io.bwjtapi.provider.dispatch;

/**
 * Counters of one dispatcher since it started.
 */
public final class DispatcherStats {
    private final long delivered;
    private final long failedCallbacks;
    private final long slowCallbacks;
    private final long lateDeliveries;

    DispatcherStats(long delivered, long failedCallbacks, long slowCallbacks, long lateDeliveries) {
        this.delivered = delivered;
        this.failedCallbacks = failedCallbacks;
        this.slowCallbacks = slowCallbacks;
        this.lateDeliveries = lateDeliveries;
    }

    /** @return callback invocations made */
    public long delivered() {
        return delivered;
    }

    /** @return callback invocations that threw */
    public long failedCallbacks() {
        return failedCallbacks;
    }

    /** @return callback invocations that took longer than the slow threshold */
    public long slowCallbacks() {
        return slowCallbacks;
    }

    /** @return deliveries that waited in their queue longer than the slow threshold */
    public long lateDeliveries() {
        return lateDeliveries;
    }

    @Override
    public String toString() {
        return "DispatcherStats[delivered=" + delivered + ", failed=" + failedCallbacks + ", slow=" + slowCallbacks
                + ", late=" + lateDeliveries + "]";
    }
}
