package io.bwjtapi.simulator.model;

/** Why a call left a user (XSD {@code RedirectReason}); the simulator produces the reasons listed here. */
public enum RedirectReason {
    USER_BUSY("user-busy"),
    NO_ANSWER("no-answer"),
    UNCONDITIONAL("unconditional"),
    /** Blind transfer of a call that was not answered yet. */
    DEFLECTION("deflection"),
    /** Blind or consultative transfer of an answered call. */
    TRANSFER("transfer");

    private final String wire;

    RedirectReason(String wire) {
        this.wire = wire;
    }

    /** Returns the value as it appears in Xsi documents. */
    public String wire() {
        return wire;
    }
}
