package io.bwjtapi.failover.sim;

/** How a simulated XSP behaves during one segment of a world plan. */
public enum Health {
    /** Answers channel requests and echoes heartbeats. */
    UP,
    /** Crashed: open streams are reset, new connections refused. */
    REFUSING,
    /** Network partition: nothing arrives, requests hang. */
    BLACKHOLE,
    /** The XSP process answers heartbeat requests but its streams stay silent; new requests hang. */
    STALLED
}
