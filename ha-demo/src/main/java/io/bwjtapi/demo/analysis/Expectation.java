package io.bwjtapi.demo.analysis;

/** What the failover contract promises the application for a kind of fault. */
public enum Expectation {
    /**
     * One of several XSPs lost: the other channel carries on and the provider stays in service; only a device whose
     * view was wrong (an event in flight on the lost channel) is resynchronised.
     */
    INVISIBLE,
    /** Every channel lost: provider out of service, back in service with snapshots. */
    PROVIDER_CYCLE,
    /** Application Server failover: the provider stays in service; only affected devices cycle. */
    DEVICE_CYCLE
}
