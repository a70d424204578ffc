package io.bwjtapi.simulator.model;

/** The state of a user's call half, with its Xsi wire spelling (XSD {@code CallState}). */
public enum CallState {
    ALERTING("Alerting"),
    ACTIVE("Active"),
    HELD("Held"),
    REMOTE_HELD("Remote Held"),
    DETACHED("Detached"),
    RELEASED("Released"),
    IDLE("Idle");

    private final String wire;

    CallState(String wire) {
        this.wire = wire;
    }

    /** Returns the value as it appears in Xsi documents. */
    public String wire() {
        return wire;
    }
}
