package io.bwjtapi.failover.state;

import static io.bwjtapi.failover.state.ChannelState.CLOSED;
import static io.bwjtapi.failover.state.ChannelState.OPEN;
import static io.bwjtapi.failover.state.ChannelState.OPENING;

/** Every legal move of one XSP's channel state. */
public enum ChannelTransition {
    /** The policy decided to open a channel. */
    CLOSED_TO_OPENING(CLOSED, OPENING),
    /** The first chunk arrived. */
    OPENING_TO_OPEN(OPENING, OPEN),
    /** The attempt failed, timed out or was abandoned. */
    OPENING_TO_CLOSED(OPENING, CLOSED),
    /** The channel was lost, declared silent, or closed by fallback or shutdown. */
    OPEN_TO_CLOSED(OPEN, CLOSED);

    private static final TransitionTable<ChannelState, ChannelTransition> TABLE = new TransitionTable<>(
            "channel", ChannelState.class, values(), ChannelTransition::from, ChannelTransition::to);

    private final ChannelState from;
    private final ChannelState to;

    ChannelTransition(ChannelState from, ChannelState to) {
        this.from = from;
        this.to = to;
    }

    /** @return the state before */
    public ChannelState from() {
        return from;
    }

    /** @return the state after */
    public ChannelState to() {
        return to;
    }

    /**
     * @param from the current state
     * @param to the requested state
     * @return the transition between them
     * @throws IllegalStateTransitionException if the table does not list it
     */
    public static ChannelTransition between(ChannelState from, ChannelState to) {
        return TABLE.require(from, to);
    }

    /**
     * @param from a state
     * @param to another state
     * @return whether the table lists a transition between them
     */
    public static boolean isLegal(ChannelState from, ChannelState to) {
        return TABLE.find(from, to) != null;
    }
}
