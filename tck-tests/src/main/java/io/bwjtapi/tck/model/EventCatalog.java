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
 * state change events of connections and terminal connections are generated from their tables, because
 * their IDs follow the order of the state names.
 */
public final class EventCatalog {
    private static final Map<String, EventKind> KINDS = new LinkedHashMap<>();

    static {
        // Observer model: javax.telephony.events and javax.telephony.callcontrol.events.
        other(OBSERVER, 100, "AddrObservationEndedEv", ADDRESS);
        state(OBSERVER, 101, "CallActiveEv", StateMachine.CALL, Call.ACTIVE);
        state(OBSERVER, 102, "CallInvalidEv", StateMachine.CALL, Call.INVALID);
        other(OBSERVER, 103, "CallObservationEndedEv", CALL);
        connections(OBSERVER, new int[] {104, 105, 106, 107, 108, 109, 110}, "Conn", "Ev");
        state(OBSERVER, 111, "ProvInServiceEv", StateMachine.PROVIDER, Provider.IN_SERVICE);
        other(OBSERVER, 112, "ProvObservationEndedEv", PROVIDER);
        state(OBSERVER, 113, "ProvOutOfServiceEv", StateMachine.PROVIDER, Provider.OUT_OF_SERVICE);
        state(OBSERVER, 114, "ProvShutdownEv", StateMachine.PROVIDER, Provider.SHUTDOWN);
        terminalConnections(OBSERVER, new int[] {115, 116, 117, 118, 119, 120}, "TermConn", "Ev");
        other(OBSERVER, 121, "TermObservationEndedEv", TERMINAL);
        other(OBSERVER, 200, "CallCtlAddrDoNotDisturbEv", ADDRESS);
        other(OBSERVER, 201, "CallCtlAddrForwardEv", ADDRESS);
        other(OBSERVER, 202, "CallCtlAddrMessageWaitingEv", ADDRESS);
        callControlConnections(OBSERVER, 203, "CallCtlConn", "Ev");
        callControlTerminalConnections(OBSERVER, 214, "CallCtlTermConn", "Ev");
        other(OBSERVER, 221, "CallCtlTermDoNotDisturbEv", TERMINAL);
        // Listener model: javax.telephony and javax.telephony.callcontrol event IDs.
        other(LISTENER, 100, "ADDRESS_EVENT_TRANSMISSION_ENDED", ADDRESS);
        state(LISTENER, 101, "CALL_ACTIVE", StateMachine.CALL, Call.ACTIVE);
        state(LISTENER, 102, "CALL_INVALID", StateMachine.CALL, Call.INVALID);
        other(LISTENER, 103, "CALL_EVENT_TRANSMISSION_ENDED", CALL);
        connections(LISTENER, new int[] {104, 105, 106, 107, 108, 109, 110}, "CONNECTION_", "");
        state(LISTENER, 111, "PROVIDER_IN_SERVICE", StateMachine.PROVIDER, Provider.IN_SERVICE);
        other(LISTENER, 112, "PROVIDER_EVENT_TRANSMISSION_ENDED", PROVIDER);
        state(LISTENER, 113, "PROVIDER_OUT_OF_SERVICE", StateMachine.PROVIDER, Provider.OUT_OF_SERVICE);
        state(LISTENER, 114, "PROVIDER_SHUTDOWN", StateMachine.PROVIDER, Provider.SHUTDOWN);
        terminalConnections(LISTENER, new int[] {115, 116, 117, 118, 119, 120}, "TERMINAL_CONNECTION_", "");
        other(LISTENER, 121, "TERMINAL_EVENT_TRANSMISSION_ENDED", TERMINAL);
        meta(200, "MULTICALL_META_MERGE_STARTED", "MULTICALL_META_MERGE_ENDED", "MULTICALL_META_TRANSFER_STARTED",
                "MULTICALL_META_TRANSFER_ENDED");
        meta(210, "SINGLECALL_META_PROGRESS_STARTED", "SINGLECALL_META_PROGRESS_ENDED",
                "SINGLECALL_META_SNAPSHOT_STARTED", "SINGLECALL_META_SNAPSHOT_ENDED");
        other(LISTENER, 350, "CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB", ADDRESS);
        other(LISTENER, 351, "CALLCTL_ADDRESS_EVENT_FORWARD", ADDRESS);
        other(LISTENER, 352, "CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING", ADDRESS);
        callControlConnections(LISTENER, 353, "CALLCTL_CONNECTION_", "");
        callControlTerminalConnections(LISTENER, 364, "CALLCTL_TERMINAL_CONNECTION_", "");
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

    private static void connections(Model model, int[] ids, String prefix, String suffix) {
        // IDs in alphabetical order of the event names: Alerting, Connected, Created, Disconnected, Failed,
        // InProgress, Unknown.
        String[] names = {"Alerting", "Connected", "Created", "Disconnected", "Failed", "InProgress", "Unknown"};
        int[] states = {Connection.ALERTING, Connection.CONNECTED, Connection.IDLE, Connection.DISCONNECTED,
            Connection.FAILED, Connection.INPROGRESS, Connection.UNKNOWN};
        for (int i = 0; i < ids.length; i++) {
            state(model, ids[i], prefix + styled(model, names[i]) + suffix, StateMachine.CONNECTION, states[i]);
        }
    }

    private static void terminalConnections(Model model, int[] ids, String prefix, String suffix) {
        String[] names = {"Active", "Created", "Dropped", "Passive", "Ringing", "Unknown"};
        int[] states = {TerminalConnection.ACTIVE, TerminalConnection.IDLE, TerminalConnection.DROPPED,
            TerminalConnection.PASSIVE, TerminalConnection.RINGING, TerminalConnection.UNKNOWN};
        for (int i = 0; i < ids.length; i++) {
            state(model, ids[i], prefix + styled(model, names[i]) + suffix, StateMachine.TERMINAL_CONNECTION,
                    states[i]);
        }
    }

    private static void callControlConnections(Model model, int firstId, String prefix, String suffix) {
        String[] names = {"Alerting", "Dialing", "Disconnected", "Established", "Failed", "Initiated",
            "NetworkAlerting", "NetworkReached", "Offered", "Queued", "Unknown"};
        int[] states = {CallControlConnection.ALERTING, CallControlConnection.DIALING,
            CallControlConnection.DISCONNECTED, CallControlConnection.ESTABLISHED, CallControlConnection.FAILED,
            CallControlConnection.INITIATED, CallControlConnection.NETWORK_ALERTING,
            CallControlConnection.NETWORK_REACHED, CallControlConnection.OFFERED, CallControlConnection.QUEUED,
            CallControlConnection.UNKNOWN};
        for (int i = 0; i < names.length; i++) {
            state(model, firstId + i, prefix + styled(model, names[i]) + suffix, StateMachine.CALL_CONTROL_CONNECTION,
                    states[i]);
        }
    }

    private static void callControlTerminalConnections(Model model, int firstId, String prefix, String suffix) {
        String[] names = {"Bridged", "Dropped", "Held", "InUse", "Ringing", "Talking", "Unknown"};
        int[] states = {CallControlTerminalConnection.BRIDGED, CallControlTerminalConnection.DROPPED,
            CallControlTerminalConnection.HELD, CallControlTerminalConnection.INUSE,
            CallControlTerminalConnection.RINGING, CallControlTerminalConnection.TALKING,
            CallControlTerminalConnection.UNKNOWN};
        for (int i = 0; i < names.length; i++) {
            state(model, firstId + i, prefix + styled(model, names[i]) + suffix,
                    StateMachine.CALL_CONTROL_TERMINAL_CONNECTION, states[i]);
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
