package io.bwjtapi.csta.model;

import static io.bwjtapi.csta.support.XsiCalls.call;
import static io.bwjtapi.csta.support.XsiCalls.external;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RECEIVED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RELEASED;
import static io.bwjtapi.xsi.model.Personality.TERMINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.csta.support.ModelFixture;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Personality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's read API, snapshots for other threads, staged edits and the memory of ended halves. */
class CallModelTest {
    private static final DeviceId A = DeviceId.of("a@t");

    private final ModelFixture f = new ModelFixture();

    @Test
    void aCallIsFoundByReferenceSessionDeviceAndHalf() {
        f.send("a", CALL_RECEIVED, call("a1", "x1", TERMINATOR, CallState.ALERTING, external("+1")));
        CstaCall call = f.model.calls().get(0);

        assertEquals(call, f.model.call(call.ref()).orElseThrow());
        assertEquals(call, f.model.callByExtTrackingId("x1").orElseThrow());
        assertEquals(List.of(call), f.model.callsOf(A));
        assertEquals(List.of(call), f.model.callsOf(DeviceId.of("tel:+1")), "placeholders count as devices too");
        assertEquals("a1", f.model.connection(A, "a1").orElseThrow().callId().orElseThrow());
        assertEquals(List.of("a1"), f.model.legsOf(A).stream().map(Leg::callId).collect(java.util.stream.Collectors
                .toList()));
    }

    @Test
    void aSnapshotStaysAsItWasWhileTheModelChanges() {
        f.send("a", CALL_RECEIVED, call("a1", "x1", TERMINATOR, CallState.ALERTING, external("+1")));
        CallModelView frozen = f.model.snapshot();

        f.send("a", CALL_RELEASED, call("a1", "x1", TERMINATOR, CallState.RELEASED, external("+1")));

        assertTrue(f.model.calls().isEmpty());
        assertEquals(1, frozen.calls().size());
        assertTrue(frozen.callByExtTrackingId("x1").isPresent());
        assertNotEquals(frozen.version(), f.model.version());
    }

    @Test
    void anEditShowsItsChangesButLeavesTheModelAlone() {
        ModelEdit edit = new ModelEdit(f.model);
        CallRef ref = edit.newCallRef();
        Leg leg = new Leg(A, call("a1", "x1", Personality.ORIGINATOR, CallState.ACTIVE, external("+1")),
                LocalConnectionState.CONNECTED);
        edit.put(new CstaCall(ref, List.of(CstaConnection.monitored(ref, Party.user(A), List.of(leg))),
                CallParties.NONE, "x1"));

        assertTrue(edit.callByExtTrackingId("x1").isPresent());
        assertTrue(f.model.calls().isEmpty());
        ModelChange change = edit.commit();
        assertFalse(change.isEmpty());
        change.applyTo(f.model);
        assertEquals(ref, f.model.callOfLeg(leg.ref()).orElseThrow().ref());
    }

    @Test
    void endedHalvesAreRememberedUpToTheCapacityOldestForgottenFirst() {
        CallModel model = new CallModel(2);
        ModelEdit edit = new ModelEdit(model);
        for (String id : List.of("a1", "a2", "a3")) {
            edit.markEnded(LegRef.of(A, id));
        }
        edit.commit().applyTo(model);

        assertFalse(model.isRecentlyEnded(LegRef.of(A, "a1")));
        assertTrue(model.isRecentlyEnded(LegRef.of(A, "a2")));
        assertTrue(model.isRecentlyEnded(LegRef.of(A, "a3")));
    }

    @Test
    void copiesAreEqualAndIndependent() {
        f.send("a", CALL_RECEIVED, call("a1", "x1", TERMINATOR, CallState.ALERTING, external("+1")));
        CallModel copy = f.model.copy();
        assertEquals(f.model, copy);

        f.send("a", CALL_RELEASED, call("a1", "x1", TERMINATOR, CallState.RELEASED, external("+1")));

        assertNotEquals(f.model, copy);
        assertEquals(1, copy.size());
    }
}
