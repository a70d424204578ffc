package io.bwjtapi.failover.state;

import static io.bwjtapi.failover.state.DeviceState.CLOSED;
import static io.bwjtapi.failover.state.DeviceState.IN_SERVICE;
import static io.bwjtapi.failover.state.DeviceState.OUT_OF_SERVICE;
import static io.bwjtapi.failover.state.DeviceState.RESYNCING;

/** Every legal move of a device's service state; {@link DeviceState#CLOSED} has no way out. */
public enum DeviceTransition {
    /** A snapshot arrived (solicited or not) while out of service. */
    OUT_OF_SERVICE_TO_IN_SERVICE(OUT_OF_SERVICE, IN_SERVICE),
    /** A forced resync was sent. */
    OUT_OF_SERVICE_TO_RESYNCING(OUT_OF_SERVICE, RESYNCING),
    /** The device went away or the provider shut down. */
    OUT_OF_SERVICE_TO_CLOSED(OUT_OF_SERVICE, CLOSED),
    /** The resync's snapshot arrived. */
    RESYNCING_TO_IN_SERVICE(RESYNCING, IN_SERVICE),
    /** The resync cannot complete: connection or subscription lost, subscription refused for now. */
    RESYNCING_TO_OUT_OF_SERVICE(RESYNCING, OUT_OF_SERVICE),
    /** The device went away, its subscription was refused for good, or the provider shut down. */
    RESYNCING_TO_CLOSED(RESYNCING, CLOSED),
    /** Connection lost, subscription lost, or a snapshot showed the model was wrong. */
    IN_SERVICE_TO_OUT_OF_SERVICE(IN_SERVICE, OUT_OF_SERVICE),
    /** The device went away or the provider shut down. */
    IN_SERVICE_TO_CLOSED(IN_SERVICE, CLOSED);

    private static final TransitionTable<DeviceState, DeviceTransition> TABLE = new TransitionTable<>(
            "device", DeviceState.class, values(), DeviceTransition::from, DeviceTransition::to);

    private final DeviceState from;
    private final DeviceState to;

    DeviceTransition(DeviceState from, DeviceState to) {
        this.from = from;
        this.to = to;
    }

    /** @return the state before */
    public DeviceState from() {
        return from;
    }

    /** @return the state after */
    public DeviceState to() {
        return to;
    }

    /**
     * @param from the current state
     * @param to the requested state
     * @return the transition between them
     * @throws IllegalStateTransitionException if the table does not list it
     */
    public static DeviceTransition between(DeviceState from, DeviceState to) {
        return TABLE.require(from, to);
    }

    /**
     * @param from a state
     * @param to another state
     * @return whether the table lists a transition between them
     */
    public static boolean isLegal(DeviceState from, DeviceState to) {
        return TABLE.find(from, to) != null;
    }
}
