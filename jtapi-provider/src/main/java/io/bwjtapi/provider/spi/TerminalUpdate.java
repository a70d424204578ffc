package io.bwjtapi.provider.spi;

import java.util.Objects;

/** The state of one terminal (device) in a connection, as part of a {@link ConnectionUpdate}. */
public final class TerminalUpdate {
    private final String terminal;
    private final TerminalConnectionState state;
    private final boolean answerAllowed;

    /**
     * @param terminal the terminal name, as in {@link DeviceInfo#terminal()}
     * @param state its state
     * @param answerAllowed whether the switch accepts an answer request for it while it rings (BroadWorks'
     *     {@code allowAnswer}); ignored in other states
     */
    public TerminalUpdate(String terminal, TerminalConnectionState state, boolean answerAllowed) {
        this.terminal = SpiChecks.name(terminal, "terminal");
        this.state = Objects.requireNonNull(state, "state");
        this.answerAllowed = answerAllowed;
    }

    /**
     * @param terminal the terminal name
     * @param state its state
     * @return a terminal update that allows answering
     */
    public static TerminalUpdate of(String terminal, TerminalConnectionState state) {
        return new TerminalUpdate(terminal, state, true);
    }

    /** @return the terminal name */
    public String terminal() {
        return terminal;
    }

    /** @return the state */
    public TerminalConnectionState state() {
        return state;
    }

    /** @return whether an answer request is accepted while it rings */
    public boolean answerAllowed() {
        return answerAllowed;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TerminalUpdate)) {
            return false;
        }
        TerminalUpdate other = (TerminalUpdate) o;
        return terminal.equals(other.terminal) && state == other.state && answerAllowed == other.answerAllowed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(terminal, state, answerAllowed);
    }

    @Override
    public String toString() {
        return terminal + "=" + state + (answerAllowed ? "" : "(no answer)");
    }
}
