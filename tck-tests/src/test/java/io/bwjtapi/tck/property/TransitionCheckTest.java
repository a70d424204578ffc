package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;

class TransitionCheckTest {
    @Test
    void aNormalCallPasses() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.IDLE).conn("call#1", "conn#1", "1001", Connection.ALERTING)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .conn("call#1", "conn#1", "1001", Connection.DISCONNECTED).call("call#1", Call.INVALID);
        assertEquals(List.of(), TransitionCheck.check(r.events()));
    }

    @Test
    void aBackwardsMoveIsReportedWithTheEventAndTheStates() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .conn("call#1", "conn#1", "1001", Connection.ALERTING);
        List<Violation> v = TransitionCheck.check(r.events());
        assertEquals(1, v.size());
        assertTrue(v.get(0).message().contains("#3 ConnAlertingEv"), v.toString());
        assertTrue(v.get(0).message().contains("CONNECTED -> ALERTING"), v.toString());
    }

    @Test
    void callControlAndProviderMachinesAreCheckedToo() {
        Recording r = Recording.listener().provider(Provider.IN_SERVICE).provider(Provider.SHUTDOWN)
                .provider(Provider.IN_SERVICE)
                .ccTc("call#1", "conn#1", "1001", "tc#1", "t1", CallControlTerminalConnection.HELD)
                .ccTc("call#1", "conn#1", "1001", "tc#1", "t1", CallControlTerminalConnection.BRIDGED);
        List<Violation> v = TransitionCheck.check(r.events());
        assertEquals(2, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("SHUTDOWN -> IN_SERVICE"));
        assertTrue(v.get(1).message().contains("HELD -> BRIDGED"));
    }

    @Test
    void aSnapshotRestartsTheAccountOfItsCall() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED).ended("call#1")
                .batch().snapshot().call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.IDLE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        assertEquals(List.of(), TransitionCheck.check(r.events()));
    }

    @Test
    void anObjectFirstSeenInAStateItCannotReachIsReported() {
        Recording r = Recording.observer().batch().provider(Provider.IN_SERVICE);
        assertEquals(List.of(), TransitionCheck.check(r.events()));
        Recording invalidFirst = Recording.listener().call("call#1", Call.INVALID).call("call#1", Call.ACTIVE);
        assertEquals(1, TransitionCheck.check(invalidFirst.events()).size());
    }
}
