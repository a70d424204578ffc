package io.bwjtapi.failover.state;

/**
 * A state machine was asked to move along a transition its table does not list. This is a defect in the policy,
 * never a consequence of bad input: facts that do not fit the current state are ignored instead.
 */
public final class IllegalStateTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The machine that refused the move. */
    private final String machine;
    /** The state it was in. */
    private final Enum<?> from;
    /** The state it was asked to enter. */
    private final Enum<?> to;

    IllegalStateTransitionException(String machine, Enum<?> from, Enum<?> to) {
        super(machine + ": no transition from " + from + " to " + to);
        this.machine = machine;
        this.from = from;
        this.to = to;
    }

    /** @return the machine: {@code provider}, {@code device} or {@code channel} */
    public String machine() {
        return machine;
    }

    /** @return the state the machine was in */
    public Enum<?> from() {
        return from;
    }

    /** @return the state it was asked to enter */
    public Enum<?> to() {
        return to;
    }
}
