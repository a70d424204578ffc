package io.bwjtapi.simulator.model;

/**
 * Why a call failed (XSD {@code InternalReleaseCause}), with the SIP status and Q.850 cause the simulated
 * network attaches. Present on a released call only when the call failed.
 */
public enum ReleaseCause {
    BUSY("Busy", "486", "17"),
    TEMPORARILY_UNAVAILABLE("Temporarily Unavailable", "480", "18"),
    REQUEST_TIMEOUT("Request Timeout", "408", "102"),
    USER_NOT_FOUND("User Not Found", "404", "1"),
    FORBIDDEN("Forbidden", "403", "21"),
    ROUTING_FAILURE("Routing Failure", "482", "25");

    private final String wire;
    private final String sipStatus;
    private final String q850Cause;

    ReleaseCause(String wire, String sipStatus, String q850Cause) {
        this.wire = wire;
        this.sipStatus = sipStatus;
        this.q850Cause = q850Cause;
    }

    /** Returns the {@code internalReleaseCause} value. */
    public String wire() {
        return wire;
    }

    /** Returns the SIP response status that carried the failure. */
    public String sipStatus() {
        return sipStatus;
    }

    /** Returns the Q.850 cause value. */
    public String q850Cause() {
        return q850Cause;
    }
}
