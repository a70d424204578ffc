package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.AgentState;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.SimUser;
import java.util.List;

/**
 * A change at one user that subscriptions to that user may be told about. The call engine produces them in
 * the order a real Application Server reports them; the Xsi-Events layer turns them into documents.
 */
public sealed interface SwitchEvent {

    /** The user the event is about (the subscription target). */
    SimUser user();

    /** Returns the smallest call package that carries the event, or {@code null} for a non-call event. */
    CallLevel level();

    /**
     * One call of the user changed.
     *
     * @param level the smallest package that reports this occurrence; may be above the type's own level (a
     *     CallReceived before Call Forwarding Always is reported only in Advanced Call)
     */
    record CallChanged(SimUser user, CallEventType type, CallSnapshot call, CallLevel level) implements SwitchEvent {
    }

    /** Calls of the user were redirected away from it (Advanced Call only). */
    record CallsRedirected(SimUser user, List<CallSnapshot> calls) implements SwitchEvent {
        public CallsRedirected {
            calls = List.copyOf(calls);
        }

        @Override
        public CallLevel level() {
            return CallLevel.ADVANCED;
        }
    }

    /** The user's device went on or off hook. */
    record HookChanged(SimUser user, HookStatus status) implements SwitchEvent {
        @Override
        public CallLevel level() {
            return CallLevel.BASIC;
        }
    }

    /** The conference the user controls changed. */
    record ConferenceChanged(SimUser user, ConferenceEventType type, ConferenceSnapshot conference)
            implements SwitchEvent {
        @Override
        public CallLevel level() {
            return CallLevel.STANDARD;
        }
    }

    /** A Call Center agent's ACD state changed. */
    record AgentChanged(SimUser user, AgentState state, String unavailableCode, long stateTimestamp,
            long signInTimestamp) implements SwitchEvent {
        @Override
        public CallLevel level() {
            return null;
        }
    }
}
