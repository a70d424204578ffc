package io.bwjtapi.tck.model;

import java.util.Map;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The state machines of the JTAPI objects the kit follows, each with the specification's transition table
 * (see {@link SpecTables}) and, for the call control refinements, the core state each state implies.
 */
public enum StateMachine {
    /** {@link Call#getState()}. */
    CALL(SpecTables.CALL, null),
    /** {@link Connection#getState()}. */
    CONNECTION(SpecTables.CONNECTION, null),
    /** {@link TerminalConnection#getState()}. */
    TERMINAL_CONNECTION(SpecTables.TERMINAL_CONNECTION, null),
    /** {@link CallControlConnection#getCallControlState()}. */
    CALL_CONTROL_CONNECTION(SpecTables.CALL_CONTROL_CONNECTION, Map.ofEntries(
            Map.entry(CallControlConnection.IDLE, Connection.IDLE),
            Map.entry(CallControlConnection.OFFERED, Connection.INPROGRESS),
            Map.entry(CallControlConnection.QUEUED, Connection.INPROGRESS),
            Map.entry(CallControlConnection.ALERTING, Connection.ALERTING),
            Map.entry(CallControlConnection.INITIATED, Connection.CONNECTED),
            Map.entry(CallControlConnection.DIALING, Connection.CONNECTED),
            Map.entry(CallControlConnection.NETWORK_REACHED, Connection.CONNECTED),
            Map.entry(CallControlConnection.NETWORK_ALERTING, Connection.CONNECTED),
            Map.entry(CallControlConnection.ESTABLISHED, Connection.CONNECTED),
            Map.entry(CallControlConnection.DISCONNECTED, Connection.DISCONNECTED),
            Map.entry(CallControlConnection.FAILED, Connection.FAILED),
            Map.entry(CallControlConnection.UNKNOWN, Connection.UNKNOWN))),
    /** {@link CallControlTerminalConnection#getCallControlState()}. */
    CALL_CONTROL_TERMINAL_CONNECTION(SpecTables.CALL_CONTROL_TERMINAL_CONNECTION, Map.of(
            CallControlTerminalConnection.IDLE, TerminalConnection.IDLE,
            CallControlTerminalConnection.RINGING, TerminalConnection.RINGING,
            CallControlTerminalConnection.TALKING, TerminalConnection.ACTIVE,
            CallControlTerminalConnection.HELD, TerminalConnection.ACTIVE,
            CallControlTerminalConnection.BRIDGED, TerminalConnection.PASSIVE,
            CallControlTerminalConnection.INUSE, TerminalConnection.PASSIVE,
            CallControlTerminalConnection.DROPPED, TerminalConnection.DROPPED,
            CallControlTerminalConnection.UNKNOWN, TerminalConnection.UNKNOWN)),
    /** {@link Provider#getState()}. */
    PROVIDER(SpecTables.PROVIDER, null);

    private final TransitionTable table;
    private final Map<Integer, Integer> coreStates;

    StateMachine(TransitionTable table, Map<Integer, Integer> coreStates) {
        this.table = table;
        this.coreStates = coreStates;
    }

    public TransitionTable table() {
        return table;
    }

    /** The core machine a call control machine refines, or {@code null} for a core machine. */
    public StateMachine core() {
        if (this == CALL_CONTROL_CONNECTION) {
            return CONNECTION;
        }
        return this == CALL_CONTROL_TERMINAL_CONNECTION ? TERMINAL_CONNECTION : null;
    }

    /** The core state a call control state implies (the state itself for a core machine). */
    public int coreStateOf(int state) {
        if (coreStates == null) {
            return state;
        }
        Integer core = coreStates.get(state);
        if (core == null) {
            throw new IllegalArgumentException(table.name() + " has no state " + state);
        }
        return core;
    }

    /** The state the object is in before any event reports it. */
    public int initialState() {
        return table.states().iterator().next();
    }
}
