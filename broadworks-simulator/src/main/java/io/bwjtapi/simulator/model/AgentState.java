package io.bwjtapi.simulator.model;

import java.util.Arrays;
import java.util.Optional;

/** A Call Center agent's ACD state (XSD {@code AgentState}). */
public enum AgentState {
    SIGN_IN("Sign-In"),
    AVAILABLE("Available"),
    UNAVAILABLE("Unavailable"),
    WRAP_UP("Wrap-Up"),
    SIGN_OUT("Sign-Out");

    private final String wire;

    AgentState(String wire) {
        this.wire = wire;
    }

    /** Returns the value as it appears in Xsi documents. */
    public String wire() {
        return wire;
    }

    /** Finds the state with the given wire spelling. */
    public static Optional<AgentState> fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst();
    }
}
