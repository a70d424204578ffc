package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.model.ApplicationView;
import io.bwjtapi.tck.model.ApplicationView.ViewCall;
import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnection;
import org.junit.jupiter.api.Test;

/** Snapshots of a call where 1001 talks and 1002 rings. */
class SnapshotCheckTest {
    private static final ViewCall PRESENT = ApplicationView.of(minimal(Recording.observer().batch().snapshot())
            .events()).calls().get(0);

    @Test
    void theMinimalObserverSnapshotPasses() {
        assertEquals(List.of(), SnapshotCheck.observer(minimal(Recording.observer().batch().snapshot()).events(),
                PRESENT, false));
    }

    @Test
    void creationEventsMayAnnounceObjectsButHistoryIsRejected() {
        Recording withCreation = Recording.observer().batch().snapshot().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.IDLE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.ACTIVE)
                .conn("call#1", "conn#2", "1002", Connection.ALERTING)
                .tc("call#1", "conn#2", "1002", "tc#2", "t2", TerminalConnection.RINGING);
        assertEquals(List.of(), SnapshotCheck.observer(withCreation.events(), PRESENT, false));
        Recording history = minimal(Recording.observer().batch().snapshot()
                .conn("call#1", "conn#1", "1001", Connection.ALERTING));
        List<Violation> v = SnapshotCheck.observer(history.events(), PRESENT, false);
        assertTrue(v.stream().anyMatch(x -> x.message().contains("a snapshot is no history")), v.toString());
    }

    @Test
    void anObserverSnapshotMustBeMarkedAndComplete() {
        Recording unmarked = minimal(Recording.observer().batch());
        assertEquals(5, SnapshotCheck.observer(unmarked.events(), PRESENT, false).size(), "five unmarked events");
        Recording incomplete = Recording.observer().batch().snapshot().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        List<Violation> v = SnapshotCheck.observer(incomplete.events(), PRESENT, false);
        assertEquals(1, v.size());
        assertTrue(v.get(0).message().startsWith("the snapshot explains"), v.toString());
    }

    @Test
    void aListenerSnapshotIsBracketedAndCarriesTheSnapshotCause() {
        Recording r = minimal(Recording.listener()
                .metaEvent("call#1", SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED))
                .metaEvent("call#1", SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED);
        assertEquals(List.of(), SnapshotCheck.listener(r.events(), PRESENT, false));
        assertEquals(1, SnapshotCheck.listener(minimal(Recording.listener()).events(), PRESENT, false).size());
    }

    @Test
    void aStateOtherThanThePresentOneIsReported() {
        Recording stale = Recording.observer().batch().snapshot().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.ACTIVE)
                .conn("call#1", "conn#2", "1002", Connection.CONNECTED)
                .tc("call#1", "conn#2", "1002", "tc#2", "t2", TerminalConnection.RINGING);
        List<Violation> v = SnapshotCheck.observer(stale.events(), PRESENT, false);
        assertTrue(v.get(0).message().contains("reports CONNECTED but conn#2 CONNECTION is ALERTING"), v.toString());
    }

    private static Recording minimal(Recording r) {
        return r.call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.ACTIVE)
                .conn("call#1", "conn#2", "1002", Connection.ALERTING)
                .tc("call#1", "conn#2", "1002", "tc#2", "t2", TerminalConnection.RINGING);
    }
}
