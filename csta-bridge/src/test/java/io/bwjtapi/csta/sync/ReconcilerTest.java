package io.bwjtapi.csta.sync;

import static io.bwjtapi.csta.support.XsiCalls.call;
import static io.bwjtapi.csta.support.XsiCalls.external;
import static io.bwjtapi.csta.support.XsiCalls.user;
import static io.bwjtapi.xsi.event.EventDataType.CALL_ANSWERED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_ORIGINATED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RECEIVED;
import static io.bwjtapi.xsi.model.CallState.ACTIVE;
import static io.bwjtapi.xsi.model.CallState.ALERTING;
import static io.bwjtapi.xsi.model.CallState.HELD;
import static io.bwjtapi.xsi.model.Personality.ORIGINATOR;
import static io.bwjtapi.xsi.model.Personality.TERMINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.support.EventText;
import io.bwjtapi.csta.support.ModelFixture;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.Conference;
import io.bwjtapi.xsi.model.ConferenceParticipant;
import io.bwjtapi.xsi.model.ConferenceState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciler on small, readable models: stuck calls, agreement, new calls, state differences, conferences. */
class ReconcilerTest {
    private static final DeviceId A = DeviceId.of("a@t");
    private static final DeviceId B = DeviceId.of("b@t");

    private final ModelFixture f = new ModelFixture();
    private final Reconciler reconciler = new Reconciler();

    private void aTalksToB() {
        f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, user("b")));
        f.send("b", CALL_RECEIVED, call("b1", "x1", TERMINATOR, ALERTING, user("a")));
        f.send("b", CALL_ANSWERED, call("b1", "x1", TERMINATOR, ACTIVE, user("a")));
        f.send("a", CALL_ANSWERED, call("a1", "x1", ORIGINATOR, ACTIVE, user("b")));
    }

    @Test
    void aCallTheSnapshotLacksIsClearedAsSwitchingFunctionTerminatedAndReported() {
        f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, external("+4940")));
        CallRef stuck = f.model.calls().get(0).ref();

        ReconcileResult result = reconciler.reconcile(f.model, A, List.of(), null);

        assertEquals(List.of("ConnectionCleared(a=null,switchingFunctionTerminated)",
                "ConnectionCleared(tel:+4940=null,switchingFunctionTerminated)",
                "CallCleared(switchingFunctionTerminated)"), EventText.of(result.events()));
        assertEquals(List.of(new UnsynchronisedParty(A, stuck, "x1", "a1", LocalConnectionState.CONNECTED)),
                result.unsynchronised());
        assertEquals(1, f.model.calls().size(), "reconciling only computes the change");
        result.applyTo(f.model);
        assertTrue(f.model.calls().isEmpty());
    }

    @Test
    void onlyTheDevicesOwnConnectionLeavesACallOtherMonitoredDevicesAreIn() {
        aTalksToB();

        ReconcileResult result = reconciler.reconcile(f.model, A, List.of(), null);
        result.applyTo(f.model);

        assertEquals(List.of("ConnectionCleared(a=null,switchingFunctionTerminated)"), EventText.of(result.events()));
        assertEquals(LocalConnectionState.CONNECTED,
                f.model.connection(B, "b1").orElseThrow().state(), "b's half is b's snapshot's business");
    }

    @Test
    void aSnapshotThatAgreesGivesNoEventsAndNoChange() {
        aTalksToB();
        CallModel before = f.model.copy();

        ReconcileResult result = reconciler.reconcile(f.model, A, List.of(
                call("a1", "x1", ORIGINATOR, ACTIVE, user("b"))), null);

        assertTrue(result.inSync());
        assertTrue(result.change().isEmpty());
        assertEquals(before, f.model);
    }

    @Test
    void aCallTheModelLacksIsCreatedWithSnapshotEvents() {
        ReconcileResult result = reconciler.reconcile(f.model, A, List.of(
                call("a7", "x7", TERMINATOR, ACTIVE, external("+4940"))), null);
        result.applyTo(f.model);

        assertEquals(List.of("Originated(tel:+4940=connected,snapshot)", "Established(a=connected,snapshot)"),
                EventText.of(result.events()));
        assertTrue(result.unsynchronised().isEmpty());
        assertEquals("x7", f.model.connection(A, "a7").orElseThrow().legs().get(0).extTrackingId());
    }

    @Test
    void aStateDifferenceGivesOnlyTheEventThatLeadsToTheSnapshotsState() {
        aTalksToB();

        ReconcileResult result = reconciler.reconcile(f.model, A, List.of(
                call("a1", "x1", ORIGINATOR, HELD, user("b"))), null);

        assertEquals(List.of("Held(a=hold,snapshot)"), EventText.of(result.events()));
    }

    @Test
    void aConferenceInTheSnapshotJoinsItsLegsIntoOneCall() {
        f.send("a", CALL_RECEIVED, call("a1", "x1", TERMINATOR, ALERTING, external("+1")));
        f.send("a", CALL_ANSWERED, call("a1", "x1", TERMINATOR, ACTIVE, external("+1")));
        f.send("a", CALL_ORIGINATED, call("a2", "x2", ORIGINATOR, ALERTING, external("+2")));
        f.send("a", CALL_ANSWERED, call("a2", "x2", ORIGINATOR, ACTIVE, external("+2")));
        Conference conference = new Conference(ConferenceState.ACTIVE, null, null, false, null,
                List.of(new ConferenceParticipant("a1", false, false), new ConferenceParticipant("a2", false, false)));
        List<Call> calls = List.of(call("a1", "x1", TERMINATOR, ACTIVE, external("+1")),
                call("a2", "x2", ORIGINATOR, ACTIVE, external("+2")));

        ReconcileResult result = reconciler.reconcile(f.model, A, calls, conference);
        result.applyTo(f.model);

        assertEquals(List.of("Conferenced(a=connected,snapshot)"), EventText.of(result.events()));
        assertEquals(1, f.model.calls().size());
        assertEquals(3, f.model.calls().get(0).connections().size(), "a with both legs, and both remote parties");
        assertEquals(2, f.model.calls().get(0).sessions().size());
    }

    @Test
    void aChangeComputedAgainstAnOlderModelIsRefused() {
        ReconcileResult result = reconciler.reconcile(f.model, A, List.of(
                call("a1", "x1", ORIGINATOR, ACTIVE, external("+4940"))), null);
        f.send("b", CALL_RECEIVED, call("b1", "x9", TERMINATOR, ALERTING, external("+1")));

        assertThrows(IllegalStateException.class, () -> result.applyTo(f.model));
    }

    @Test
    void theSameCallKeepsItsReferenceAcrossAResyncThatMovesItToANewSession() {
        aTalksToB();
        CallRef ref = f.model.calls().get(0).ref();

        reconciler.reconcile(f.model, A, List.of(call("a1", "x2", ORIGINATOR, ACTIVE, user("b"))), null)
                .applyTo(f.model);

        assertEquals(ref, f.model.callByExtTrackingId("x2").orElseThrow().ref());
    }
}
