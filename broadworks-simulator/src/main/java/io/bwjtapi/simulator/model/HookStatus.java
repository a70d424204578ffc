package io.bwjtapi.simulator.model;

/** The hook state of a user's device (XSD {@code HookStatusType}). */
public enum HookStatus {
    ON_HOOK("On-Hook"),
    OFF_HOOK("Off-Hook");

    private final String wire;

    HookStatus(String wire) {
        this.wire = wire;
    }

    /** Returns the value as it appears in Xsi documents. */
    public String wire() {
        return wire;
    }
}
