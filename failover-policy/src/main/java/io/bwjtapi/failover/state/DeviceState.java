package io.bwjtapi.failover.state;

/**
 * A monitored device's service state. Applications see {@link #IN_SERVICE} as address/terminal in service,
 * {@link #OUT_OF_SERVICE} and {@link #RESYNCING} as out of service, and {@link #CLOSED} as the end of observation.
 * A resync that merely confirms an in-service device's model leaves it {@link #IN_SERVICE}. Legal moves are listed
 * in {@link DeviceTransition}.
 */
public enum DeviceState {
    /** The device's model is trusted and its events flow. */
    IN_SERVICE,
    /** The device's model cannot be trusted; the cause says why. */
    OUT_OF_SERVICE,
    /** Out of service with a forced resync under way; the snapshot brings it back. */
    RESYNCING,
    /** Terminal: the device cannot be reopened (user deleted, subscription refused for good, released, shutdown). */
    CLOSED
}
