package io.bwjtapi.simulator.events;

import io.bwjtapi.simulator.engine.CallLevel;
import io.bwjtapi.simulator.engine.SwitchEvent;
import java.util.Arrays;
import java.util.Optional;

/** The event packages the simulator serves, with their exact XSD spelling. */
public enum EventPackage {
    BASIC_CALL("Basic Call", CallLevel.BASIC),
    STANDARD_CALL("Standard Call", CallLevel.STANDARD),
    ADVANCED_CALL("Advanced Call", CallLevel.ADVANCED),
    CALL_CENTER_AGENT("Call Center Agent", null);

    private final String wire;
    private final CallLevel callLevel;

    EventPackage(String wire, CallLevel callLevel) {
        this.wire = wire;
        this.callLevel = callLevel;
    }

    public String wire() {
        return wire;
    }

    /** Whether this is one of the call packages (which send CallSubscriptionEvent snapshots). */
    public boolean isCallPackage() {
        return callLevel != null;
    }

    /** Whether a subscription to this package reports the event. */
    public boolean carries(SwitchEvent event) {
        if (event instanceof SwitchEvent.AgentChanged) {
            return this == CALL_CENTER_AGENT;
        }
        return callLevel != null && event.level().compareTo(callLevel) <= 0;
    }

    public static Optional<EventPackage> fromWire(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire.equals(wire)).findFirst();
    }
}
