package io.bwjtapi.broadworks.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Party names, stable call ids and the state and cause vocabularies. */
class NamesAndStatesTest {
    @Test
    void remoteAddressesLoseSchemeAndParameters() {
        assertEquals("+4940555000", PartyNames.strip("tel:+4940555000"));
        assertEquals("+15550101001", PartyNames.strip("tel:+15550101001;ext=1001"));
        assertEquals("1002", PartyNames.strip("tel:1002"));
        assertEquals("alice@example.com", PartyNames.strip("sip:alice@example.com"));
        assertEquals("unknown-key", PartyNames.strip("unknown-key"));
    }

    @Test
    void stableIdsRoundTrip() {
        assertEquals("call-42", StableIds.of(CallRef.of(42)));
        assertEquals(Optional.of(CallRef.of(42)), StableIds.parse("call-42"));
        assertEquals(Optional.empty(), StableIds.parse("call-x"));
        assertEquals(Optional.empty(), StableIds.parse("other-1"));
        assertEquals(Optional.empty(), StableIds.parse(null));
    }

    @Test
    void localStatesFollowTheCstaTable() {
        assertEquals(ConnectionState.ESTABLISHED, StateMapping.local(LocalConnectionState.HOLD));
        assertEquals(TerminalConnectionState.HELD, StateMapping.terminal(LocalConnectionState.HOLD));
        assertEquals(ConnectionState.ALERTING, StateMapping.local(LocalConnectionState.ALERTING));
        assertEquals(TerminalConnectionState.RINGING, StateMapping.terminal(LocalConnectionState.ALERTING));
        assertEquals(ConnectionState.INITIATED, StateMapping.local(LocalConnectionState.INITIATED));
        assertEquals(ConnectionState.FAILED, StateMapping.local(LocalConnectionState.FAIL));
        assertNull(StateMapping.terminal(LocalConnectionState.QUEUED), "no device takes part while queued");
    }

    @Test
    void networkPartiesAreReachedAlertingThenEstablished() {
        assertEquals(ConnectionState.NETWORK_REACHED, StateMapping.remote(LocalConnectionState.CONNECTED, true, false));
        assertEquals(ConnectionState.NETWORK_ALERTING, StateMapping.remote(LocalConnectionState.ALERTING, true, false));
        assertEquals(ConnectionState.ESTABLISHED, StateMapping.remote(LocalConnectionState.CONNECTED, true, true));
        assertEquals(ConnectionState.ALERTING, StateMapping.remote(LocalConnectionState.ALERTING, false, false));
    }

    @Test
    void causesKeepWhatJtapiDistinguishes() {
        assertEquals(SwitchCause.BUSY, StateMapping.cause(EventCause.BUSY));
        assertEquals(SwitchCause.REDIRECTED, StateMapping.cause(EventCause.CALL_FORWARD_NO_ANSWER));
        assertEquals(SwitchCause.TRANSFER, StateMapping.cause(EventCause.SINGLE_STEP_TRANSFER));
        assertEquals(SwitchCause.DEST_NOT_OBTAINABLE, StateMapping.cause(EventCause.NUMBER_UNALLOCATED));
        assertEquals(SwitchCause.NORMAL, StateMapping.cause(EventCause.NEW_CALL));
        assertEquals(SwitchCause.NORMAL, StateMapping.cause(EventCause.SNAPSHOT));
    }
}
