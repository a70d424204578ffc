package io.bwjtapi.tck.model;

import static io.bwjtapi.tck.model.EventKind.Model.LISTENER;
import static io.bwjtapi.tck.model.EventKind.Model.OBSERVER;
import static io.bwjtapi.tck.model.EventKind.NO_STATE;
import static io.bwjtapi.tck.model.EventKind.Subject.ADDRESS;
import static io.bwjtapi.tck.model.EventKind.Subject.CALL;
import static io.bwjtapi.tck.model.EventKind.Subject.META;
import static io.bwjtapi.tck.model.EventKind.Subject.PROVIDER;
import static io.bwjtapi.tck.model.EventKind.Subject.TERMINAL;

import io.bwjtapi.tck.model.EventKind.Model;
import io.bwjtapi.tck.model.EventKind.Subject;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * Every standard core and call control event of both delivery models, by model and {@code getID()}. The
 * state change events of connections and terminal connections are registered by family, because their IDs
 * follow the alphabetical order of the state names.
 */
public final class EventCatalog {
    private static final Map<String, EventKind> KINDS = new LinkedHashMap<>();

    static {
        // Observer model: javax.telephony.events and javax.telephony.callcontrol.events.
        other(OBSERVER, 100, "AddrObservationEndedEv", ADDRESS);
        state(OBSERVER, 101, "CallActiveEv", StateMachine.CALL, Call.ACTIVE);
        state(OBSERVER, 102, "CallInvalidEv", StateMachine.CALL, Call.INVALID);
        other(OBSERVER, 103, "CallObservationEndedEv", CALL);
        family(OBSERVER, 104, "Conn", "Ev", Family.CONNECTION);
        state(OBSERVER, 111, "ProvInServiceEv", StateMachine.PROVIDER, Provider.IN_SERVICE);
        other(OBSERVER, 112, "ProvObservationEndedEv", PROVIDER);
        state(OBSERVER, 113, "ProvOutOfServiceEv", StateMachine.PROVIDER, Provider.OUT_OF_SERVICE);
        state(OBSERVER, 114, "ProvShutdownEv", StateMachine.PROVIDER, Provider.SHUTDOWN);
        family(OBSERVER, 115, "TermConn", "Ev", Family.TERMINAL_CONNECTION);
        other(OBSERVER, 121, "TermObservationEndedEv", TERMINAL);
        other(OBSERVER, 200, "CallCtlAddrDoNotDisturbEv", ADDRESS);
        other(OBSERVER, 201, "CallCtlAddrForwardEv", ADDRESS);
        other(OBSERVER, 202, "CallCtlAddrMessageWaitingEv", ADDRESS);
        family(OBSERVER, 203, "CallCtlConn", "Ev", Family.CALL_CONTROL_CONNECTION);
        family(OBSERVER, 214, "CallCtlTermConn", "Ev", Family.CALL_CONTROL_TERMINAL_CONNECTION);
        other(OBSERVER, 221, "CallCtlTermDoNotDisturbEv", TERMINAL);
        // Listener model: javax.telephony and javax.telephony.callcontrol event IDs.
        other(LISTENER, 100, "ADDRESS_EVENT_TRANSMISSION_ENDED", ADDRESS);
        state(LISTENER, 101, "CALL_ACTIVE", StateMachine.CALL, Call.ACTIVE);
        state(LISTENER, 102, "CALL_INVALID", StateMachine.CALL, Call.INVALID);
        other(LISTENER, 103, "CALL_EVENT_TRANSMISSION_ENDED", CALL);
        family(LISTENER, 104, "CONNECTION_", "", Family.CONNECTION);
        state(LISTENER, 111, "PROVIDER_IN_SERVICE", StateMachine.PROVIDER, Provider.IN_SERVICE);
        other(LISTENER, 112, "PROVIDER_EVENT_TRANSMISSION_ENDED", PROVIDER);
        state(LISTENER, 113, "PROVIDER_OUT_OF_SERVICE", StateMachine.PROVIDER, Provider.OUT_OF_SERVICE);
        state(LISTENER, 114, "PROVIDER_SHUTDOWN", StateMachine.PROVIDER, Provider.SHUTDOWN);
        family(LISTENER, 115, "TERMINAL_CONNECTION_", "", Family.TERMINAL_CONNECTION);
        other(LISTENER, 121, "TERMINAL_EVENT_TRANSMISSION_ENDED", TERMINAL);
        meta(200, "MULTICALL_META_MERGE_STARTED", "MULTICALL_META_MERGE_ENDED", "MULTICALL_META_TRANSFER_STARTED",
                "MULTICALL_META_TRANSFER_ENDED");
        meta(210, "SINGLECALL_META_PROGRESS_STARTED", "SINGLECALL_META_PROGRESS_ENDED",
                "SINGLECALL_META_SNAPSHOT_STARTED", "SINGLECALL_META_SNAPSHOT_ENDED");
        other(LISTENER, 350, "CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB", ADDRESS);
        other(LISTENER, 351, "CALLCTL_ADDRESS_EVENT_FORWARD", ADDRESS);
        other(LISTENER, 352, "CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING", ADDRESS);
        family(LISTENER, 353, "CALLCTL_CONNECTION_", "", Family.CALL_CONTROL_CONNECTION);
        family(LISTENER, 364, "CALLCTL_TERMINAL_CONNECTION_", "", Family.CALL_CONTROL_TERMINAL_CONNECTION);
        other(LISTENER, 371, "CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB", TERMINAL);
    }

    private EventCatalog() {
    }

    /** The kind of a standard event, or an {@link EventKind#unknown} kind for any other ID. */
    public static EventKind kind(Model model, int id) {
        EventKind kind = KINDS.get(key(model, id));
        return kind != null ? kind : EventKind.unknown(model, id, (model == OBSERVER ? "Ev#" : "Event#") + id);
    }

    /** The event of {@code model} that reports {@code state} of {@code machine}. */
    public static EventKind stateEvent(Model model, StateMachine machine, int state) {
        return KINDS.values().stream()
                .filter(k -> k.model() == model && k.machine() == machine && k.state() == state).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + model + " event reports " + machine + " "
                        + machine.table().nameOf(state)));
    }

    /** Every standard kind. */
    public static Collection<EventKind> all() {
        return Collections.unmodifiableCollection(KINDS.values());
    }

    /**
     * Registers the state change events of one machine: their IDs are consecutive from {@code firstId}, in the
     * alphabetical order of the state names (as the API numbers them).
     */
    private static void family(Model model, int firstId, String prefix, String suffix, Family family) {
        StateMachine machine = StateMachine.valueOf(family.name());
        for (int i = 0; i < family.names.length; i++) {
            state(model, firstId + i, prefix + styled(model, family.names[i]) + suffix, machine, family.states[i]);
        }
    }

    /** Per state machine of the same name: the event names and the states they report, in ID order. */
    private enum Family {
        CONNECTION(new String[] {"Alerting", "Connected", "Created", "Disconnected", "Failed", "InProgress", "Unknown"},
                Connection.ALERTING, Connection.CONNECTED, Connection.IDLE, Connection.DISCONNECTED, Connection.FAILED,
                Connection.INPROGRESS, Connection.UNKNOWN),
        TERMINAL_CONNECTION(new String[] {"Active", "Created", "Dropped", "Passive", "Ringing", "Unknown"},
                TerminalConnection.ACTIVE, TerminalConnection.IDLE, TerminalConnection.DROPPED,
                TerminalConnection.PASSIVE, TerminalConnection.RINGING, TerminalConnection.UNKNOWN),
        CALL_CONTROL_CONNECTION(new String[] {"Alerting", "Dialing", "Disconnected", "Established", "Failed",
            "Initiated", "NetworkAlerting", "NetworkReached", "Offered", "Queued", "Unknown"},
                CallControlConnection.ALERTING, CallControlConnection.DIALING, CallControlConnection.DISCONNECTED,
                CallControlConnection.ESTABLISHED, CallControlConnection.FAILED, CallControlConnection.INITIATED,
                CallControlConnection.NETWORK_ALERTING, CallControlConnection.NETWORK_REACHED,
                CallControlConnection.OFFERED, CallControlConnection.QUEUED, CallControlConnection.UNKNOWN),
        CALL_CONTROL_TERMINAL_CONNECTION(new String[] {"Bridged", "Dropped", "Held", "InUse", "Ringing", "Talking",
            "Unknown"},
                CallControlTerminalConnection.BRIDGED, CallControlTerminalConnection.DROPPED,
                CallControlTerminalConnection.HELD, CallControlTerminalConnection.INUSE,
                CallControlTerminalConnection.RINGING, CallControlTerminalConnection.TALKING,
                CallControlTerminalConnection.UNKNOWN);

        private final String[] names;
        private final int[] states;

        Family(String[] names, int... states) {
            this.names = names;
            this.states = states;
        }
    }

    private static void meta(int firstId, String... names) {
        for (int i = 0; i < names.length; i++) {
            other(LISTENER, firstId + i, names[i], META);
        }
    }

    /** Observer events are CamelCase; listener IDs are UPPER_SNAKE ("InProgress" becomes "IN_PROGRESS"). */
    private static String styled(Model model, String camel) {
        return model == OBSERVER ? camel : camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private static void state(Model model, int id, String name, StateMachine machine, int state) {
        put(new EventKind(model, id, name, subjectOf(machine), machine, state));
    }

    private static void other(Model model, int id, String name, Subject subject) {
        put(new EventKind(model, id, name, subject, null, NO_STATE));
    }

    private static Subject subjectOf(StateMachine machine) {
        switch (machine) {
            case CALL:
                return CALL;
            case PROVIDER:
                return PROVIDER;
            case CONNECTION:
            case CALL_CONTROL_CONNECTION:
                return Subject.CONNECTION;
            default:
                return Subject.TERMINAL_CONNECTION;
        }
    }

    private static void put(EventKind kind) {
        if (KINDS.put(key(kind.model(), kind.id()), kind) != null) {
            throw new IllegalStateException("duplicate event kind " + kind);
        }
    }

    private static String key(Model model, int id) {
        return model + ":" + id;
    }
}
