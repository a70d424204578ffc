package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

class OrderingCheckTest {
    @Test
    void aCallEndingNormallyPasses() {
        Recording r = Recording.observer().batch().meta(Ev.META_CALL_STARTING).call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.ACTIVE)
                .meta(Ev.META_CALL_ENDING).conn("call#1", "conn#1", "1001", Connection.DISCONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.DROPPED)
                .call("call#1", Call.INVALID).ended("call#1");
        assertEquals(List.of(), OrderingCheck.check(r.events()));
    }

    @Test
    void theCoreAndCallControlReportsOfOneEndingBothPassButNotTwice() {
        Recording r = Recording.listener().call("call#1", Call.ACTIVE)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.DROPPED)
                .ccTc("call#1", "conn#1", "1001", "tc#1", "t1", CallControlTerminalConnection.DROPPED)
                .conn("call#1", "conn#1", "1001", Connection.DISCONNECTED)
                .ccConn("call#1", "conn#1", "1001", CallControlConnection.DISCONNECTED)
                .call("call#1", Call.INVALID)
                .metaEvent("call#1", SingleCallMetaEvent.SINGLECALL_META_PROGRESS_ENDED);
        assertEquals(List.of(), OrderingCheck.check(r.events()));
        r.ccConn("call#1", "conn#1", "1001", CallControlConnection.DISCONNECTED);
        assertEquals(1, OrderingCheck.check(r.events()).size());
    }

    @Test
    void nothingButASnapshotMayFollowTheEndOfObservation() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE).ended("call#1")
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .batch().snapshot().call("call#1", Call.ACTIVE);
        List<Violation> v = OrderingCheck.check(r.events());
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("after the observation of call#1 ended"));
    }

    @Test
    void nothingFollowsAnInvalidCallOrADisconnectedConnection() {
        Recording r = Recording.listener().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.DISCONNECTED)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.ACTIVE)
                .call("call#1", Call.INVALID).conn("call#1", "conn#2", "1002", Connection.ALERTING);
        List<Violation> v = OrderingCheck.check(r.events());
        assertEquals(3, v.size(), v.toString());
        assertTrue(v.get(2).message().contains("became INVALID"));
    }

    @Test
    void aNewMetaGroupMustSayItIsNew() {
        Recording r = Recording.observer().batch().meta(Ev.META_CALL_STARTING).call("call#1", Call.ACTIVE)
                .meta(Ev.META_CALL_PROGRESS).conn("call#1", "conn#1", "1001", Connection.ALERTING).withoutNewMeta();
        List<Violation> v = OrderingCheck.check(r.events());
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("without isNewMetaEvent()"));
    }
}
