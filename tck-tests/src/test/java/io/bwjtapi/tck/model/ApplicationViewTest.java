package io.bwjtapi.tck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.model.ApplicationView.ViewCall;
import io.bwjtapi.tck.model.ApplicationView.ViewConnection;
import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;

/** What an application believes after a sequence of events. */
class ApplicationViewTest {
    @Test
    void aRingingCallHasBothPartiesWithTheirTerminalConnections() {
        ApplicationView view = ApplicationView.of(twoPartyRinging(Recording.observer()).events());
        ViewCall call = only(view);
        assertEquals(Call.ACTIVE, call.state());
        ViewConnection a = call.connections().get("conn#1");
        ViewConnection b = call.connections().get("conn#2");
        assertEquals(Connection.CONNECTED, a.state());
        assertEquals(Connection.ALERTING, b.state());
        assertEquals(TerminalConnection.RINGING, b.terminalConnections().get("tc#2").state());
        assertEquals("1002", b.address());
    }

    @Test
    void callControlEventsSetTheRefinedAndTheCoreState() {
        Recording r = twoPartyRinging(Recording.observer())
                .ccTc("call#1", "conn#2", "1002", "tc#2", "t1002", CallControlTerminalConnection.TALKING)
                .ccTc("call#1", "conn#2", "1002", "tc#2", "t1002", CallControlTerminalConnection.HELD);
        var tc = only(ApplicationView.of(r.events())).connections().get("conn#2").terminalConnections().get("tc#2");
        assertEquals(TerminalConnection.ACTIVE, tc.state());
        assertEquals(CallControlTerminalConnection.HELD, tc.callControlState());
    }

    @Test
    void disconnectedPartiesDroppedTerminalsAndInvalidCallsLeaveTheView() {
        Recording r = twoPartyRinging(Recording.observer())
                .tc("call#1", "conn#2", "1002", "tc#2", "t1002", TerminalConnection.DROPPED)
                .conn("call#1", "conn#2", "1002", Connection.DISCONNECTED);
        ViewCall call = only(ApplicationView.of(r.events()));
        assertEquals(List.of("conn#1"), List.copyOf(call.connections().keySet()));
        r.conn("call#1", "conn#1", "1001", Connection.DISCONNECTED).call("call#1", Call.INVALID);
        assertTrue(ApplicationView.of(r.events()).calls().isEmpty());
    }

    @Test
    void anEndedObservationForgetsTheCallAndASnapshotBringsBackOnlyWhatIsThere() {
        Recording r = twoPartyRinging(Recording.observer()).ended("call#1");
        assertTrue(ApplicationView.of(r.events()).calls().isEmpty());
        r.batch().snapshot().call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        ViewCall call = only(ApplicationView.of(r.events()));
        assertEquals(List.of("conn#1"), List.copyOf(call.connections().keySet()));
    }

    @Test
    void aSnapshotReplacesWhatTheApplicationKnewAboutTheCall() {
        Recording r = twoPartyRinging(Recording.observer()).batch().snapshot()
                .call("call#1", Call.ACTIVE).conn("call#1", "conn#2", "1002", Connection.CONNECTED);
        ViewCall call = only(ApplicationView.of(r.events()));
        assertEquals(List.of("conn#2"), List.copyOf(call.connections().keySet()));
        assertEquals(Connection.CONNECTED, call.connections().get("conn#2").state());
    }

    @Test
    void listenerSnapshotsAreBracketedByMetaEvents() {
        Recording r = twoPartyRinging(Recording.listener())
                .metaEvent("call#1", SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED)
                .call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .metaEvent("call#1", SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED);
        ViewCall call = only(ApplicationView.of(r.events()));
        assertEquals(List.of("conn#1"), List.copyOf(call.connections().keySet()));
    }

    static Recording twoPartyRinging(Recording r) {
        return r.batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.IDLE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1001", TerminalConnection.ACTIVE)
                .conn("call#1", "conn#2", "1002", Connection.IDLE)
                .conn("call#1", "conn#2", "1002", Connection.ALERTING)
                .tc("call#1", "conn#2", "1002", "tc#2", "t1002", TerminalConnection.RINGING);
    }

    private static ViewCall only(ApplicationView view) {
        assertEquals(1, view.calls().size(), view.toString());
        return view.calls().get(0);
    }
}
