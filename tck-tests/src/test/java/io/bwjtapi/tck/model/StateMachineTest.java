package io.bwjtapi.tck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;

/** The tables say what the jtapi-api Javadoc says, transition by transition. */
class StateMachineTest {
    @Test
    void callGoesFromIdleToActiveToInvalidOnly() {
        TransitionTable t = StateMachine.CALL.table();
        assertTrue(t.allows(Call.IDLE, Call.ACTIVE));
        assertTrue(t.allows(Call.ACTIVE, Call.INVALID));
        assertTrue(t.allows(Call.IDLE, Call.INVALID));
        assertFalse(t.allows(Call.ACTIVE, Call.IDLE));
        assertFalse(t.allows(Call.INVALID, Call.ACTIVE));
        assertTrue(t.isFinal(Call.INVALID));
        assertEquals(Call.IDLE, StateMachine.CALL.initialState());
    }

    @Test
    void connectionMovesForwardAndEndsDisconnected() {
        TransitionTable t = StateMachine.CONNECTION.table();
        assertTrue(t.allows(Connection.IDLE, Connection.CONNECTED));
        assertTrue(t.allows(Connection.INPROGRESS, Connection.ALERTING));
        assertTrue(t.allows(Connection.ALERTING, Connection.CONNECTED));
        assertTrue(t.allows(Connection.CONNECTED, Connection.FAILED));
        assertTrue(t.allows(Connection.FAILED, Connection.DISCONNECTED));
        assertTrue(t.allows(Connection.UNKNOWN, Connection.CONNECTED));
        assertFalse(t.allows(Connection.CONNECTED, Connection.ALERTING));
        assertFalse(t.allows(Connection.ALERTING, Connection.INPROGRESS));
        assertFalse(t.allows(Connection.FAILED, Connection.CONNECTED));
        assertFalse(t.allows(Connection.UNKNOWN, Connection.IDLE));
        assertTrue(t.isFinal(Connection.DISCONNECTED));
    }

    @Test
    void terminalConnectionAlternatesActiveAndPassiveAndEndsDropped() {
        TransitionTable t = StateMachine.TERMINAL_CONNECTION.table();
        assertTrue(t.allows(TerminalConnection.RINGING, TerminalConnection.ACTIVE));
        assertTrue(t.allows(TerminalConnection.ACTIVE, TerminalConnection.PASSIVE));
        assertTrue(t.allows(TerminalConnection.PASSIVE, TerminalConnection.ACTIVE));
        assertFalse(t.allows(TerminalConnection.ACTIVE, TerminalConnection.RINGING));
        assertFalse(t.allows(TerminalConnection.UNKNOWN, TerminalConnection.IDLE));
        assertTrue(t.isFinal(TerminalConnection.DROPPED));
    }

    @Test
    void callControlConnectionFollowsOnePathForward() {
        TransitionTable t = StateMachine.CALL_CONTROL_CONNECTION.table();
        assertTrue(t.allows(CallControlConnection.INITIATED, CallControlConnection.DIALING));
        assertTrue(t.allows(CallControlConnection.INITIATED, CallControlConnection.ESTABLISHED));
        assertTrue(t.allows(CallControlConnection.OFFERED, CallControlConnection.QUEUED));
        assertTrue(t.allows(CallControlConnection.QUEUED, CallControlConnection.ESTABLISHED));
        assertTrue(t.allows(CallControlConnection.NETWORK_REACHED, CallControlConnection.NETWORK_ALERTING));
        assertTrue(t.allows(CallControlConnection.ESTABLISHED, CallControlConnection.FAILED));
        assertTrue(t.allows(CallControlConnection.FAILED, CallControlConnection.DISCONNECTED));
        assertTrue(t.allows(CallControlConnection.UNKNOWN, CallControlConnection.ESTABLISHED));
        assertFalse(t.allows(CallControlConnection.ALERTING, CallControlConnection.QUEUED));
        assertFalse(t.allows(CallControlConnection.INITIATED, CallControlConnection.ALERTING));
        assertFalse(t.allows(CallControlConnection.ESTABLISHED, CallControlConnection.ALERTING));
        assertFalse(t.allows(CallControlConnection.FAILED, CallControlConnection.ESTABLISHED));
        assertTrue(t.isFinal(CallControlConnection.DISCONNECTED));
    }

    @Test
    void callControlTerminalConnectionHoldsTalksBridgesAndDrops() {
        TransitionTable t = StateMachine.CALL_CONTROL_TERMINAL_CONNECTION.table();
        assertTrue(t.allows(CallControlTerminalConnection.RINGING, CallControlTerminalConnection.TALKING));
        assertTrue(t.allows(CallControlTerminalConnection.TALKING, CallControlTerminalConnection.HELD));
        assertTrue(t.allows(CallControlTerminalConnection.HELD, CallControlTerminalConnection.TALKING));
        assertTrue(t.allows(CallControlTerminalConnection.BRIDGED, CallControlTerminalConnection.INUSE));
        assertTrue(t.allows(CallControlTerminalConnection.HELD, CallControlTerminalConnection.DROPPED));
        assertFalse(t.allows(CallControlTerminalConnection.HELD, CallControlTerminalConnection.BRIDGED));
        assertFalse(t.allows(CallControlTerminalConnection.RINGING, CallControlTerminalConnection.HELD));
        assertFalse(t.allows(CallControlTerminalConnection.INUSE, CallControlTerminalConnection.TALKING));
        assertTrue(t.isFinal(CallControlTerminalConnection.DROPPED));
    }

    @Test
    void providerStartsOutOfServiceAndShutsDownForGood() {
        TransitionTable t = StateMachine.PROVIDER.table();
        assertEquals(Provider.OUT_OF_SERVICE, StateMachine.PROVIDER.initialState());
        assertTrue(t.allows(Provider.OUT_OF_SERVICE, Provider.IN_SERVICE));
        assertTrue(t.allows(Provider.IN_SERVICE, Provider.OUT_OF_SERVICE));
        assertTrue(t.allows(Provider.IN_SERVICE, Provider.SHUTDOWN));
        assertTrue(t.isFinal(Provider.SHUTDOWN));
    }

    @Test
    void callControlStatesImplyTheirCoreStates() {
        assertEquals(Connection.INPROGRESS,
                StateMachine.CALL_CONTROL_CONNECTION.coreStateOf(CallControlConnection.QUEUED));
        assertEquals(Connection.CONNECTED,
                StateMachine.CALL_CONTROL_CONNECTION.coreStateOf(CallControlConnection.NETWORK_ALERTING));
        assertEquals(TerminalConnection.ACTIVE,
                StateMachine.CALL_CONTROL_TERMINAL_CONNECTION.coreStateOf(CallControlTerminalConnection.HELD));
        assertEquals(TerminalConnection.PASSIVE,
                StateMachine.CALL_CONTROL_TERMINAL_CONNECTION.coreStateOf(CallControlTerminalConnection.INUSE));
        assertEquals(StateMachine.CONNECTION, StateMachine.CALL_CONTROL_CONNECTION.core());
        assertEquals("NETWORK_ALERTING",
                StateMachine.CALL_CONTROL_CONNECTION.table().nameOf(CallControlConnection.NETWORK_ALERTING));
    }
}
