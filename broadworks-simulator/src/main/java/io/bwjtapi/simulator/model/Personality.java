package io.bwjtapi.simulator.model;

/** The role of a user in a call (XSD {@code Personality}). */
public enum Personality {
    ORIGINATOR("Originator"),
    TERMINATOR("Terminator"),
    CLICK_TO_DIAL("Click-to-Dial");

    private final String wire;

    Personality(String wire) {
        this.wire = wire;
    }

    /** Returns the value as it appears in Xsi documents. */
    public String wire() {
        return wire;
    }
}
