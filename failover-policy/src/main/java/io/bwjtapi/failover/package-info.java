/**
 * The failover policy of the BroadWorks JTAPI provider: a deterministic, single-threaded core that turns facts
 * (channels, heartbeats, subscriptions, calls, devices) and time into decisions (open or close channels, provider
 * and device state changes, forced resyncs, giving up). Entry points: {@link io.bwjtapi.failover.FailoverPolicy}
 * and {@link io.bwjtapi.failover.FailoverConfig}.
 */
package io.bwjtapi.failover;
