package io.bwjtapi.csta.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.CstaEventType;
import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.support.ModelInvariants;
import io.bwjtapi.csta.support.Projection;
import io.bwjtapi.csta.sync.ReconcileResult;
import io.bwjtapi.csta.sync.Reconciler;
import io.bwjtapi.csta.sync.UnsynchronisedParty;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reconciler's contract over models built by random (and damaged) simulator event streams and snapshots
 * that are the switch's truth or a changed version of it.
 */
class ReconcilerProperties {
    private final Reconciler reconciler = new Reconciler();

    @Provide
    Arbitrary<ReconcileCase> cases() {
        return ReconcileCase.cases();
    }

    @Property(tries = 100)
    void convergenceAfterwardsTheDeviceHasExactlyTheSnapshotsCalls(@ForAll("cases") ReconcileCase c) {
        CallModel model = c.model().copy();
        reconciler.reconcile(model, c.device(), c.calls(), c.conference()).applyTo(model);

        ModelInvariants.check(model);
        Map<String, Call> expected = new TreeMap<>();
        c.calls().stream().filter(ReconcilerProperties::present).forEach(call -> expected.put(call.callId(), call));
        Map<String, Call> actual = new TreeMap<>();
        model.legsOf(c.device()).forEach(l -> actual.put(l.callId(), l.call()));
        assertEquals(expected, actual);
        if (c.conference() != null) {
            Set<CallRef> calls = c.conference().participants().stream()
                    .map(p -> model.connection(c.device(), p.callId()).map(CstaConnection::call).orElseThrow())
                    .collect(Collectors.toSet());
            assertTrue(calls.size() <= 1, "conference legs in one call: " + calls);
        }
    }

    @Property(tries = 100)
    void idempotenceTheSameSnapshotAgainChangesNothing(@ForAll("cases") ReconcileCase c) {
        CallModel model = c.model().copy();
        reconciler.reconcile(model, c.device(), c.calls(), c.conference()).applyTo(model);

        ReconcileResult again = reconciler.reconcile(model, c.device(), c.calls(), c.conference());
        assertTrue(again.inSync(), () -> "second pass: " + again.events());
        assertTrue(again.change().isEmpty(), () -> "second pass changes " + again.change());
    }

    @Property(tries = 100)
    void minimalityASnapshotOfWhatTheModelHoldsYieldsNothing(@ForAll("cases") ReconcileCase c) {
        List<Call> own = c.model().legsOf(c.device()).stream().map(Leg::call).collect(Collectors.toList());
        ReconcileResult result = reconciler.reconcile(c.model(), c.device(), own, null);
        assertTrue(result.inSync(), () -> "events for agreeing connections: " + result.events());
        assertTrue(result.change().isEmpty());
    }

    @Property(tries = 100)
    void minimalityEventsOnlyConcernCallsWithHalvesThatDisagree(@ForAll("cases") ReconcileCase c) {
        Set<CallRef> touched = new HashSet<>();
        Map<String, Call> snapshot = new TreeMap<>();
        c.calls().stream().filter(ReconcilerProperties::present).forEach(call -> snapshot.put(call.callId(), call));
        Map<String, Call> held = new TreeMap<>();
        for (Leg leg : c.model().legsOf(c.device())) {
            held.put(leg.callId(), leg.call());
            if (!leg.call().equals(snapshot.get(leg.callId()))) {
                touched.add(c.model().callOfLeg(leg.ref()).orElseThrow().ref());
            }
        }
        for (Call call : snapshot.values()) {
            if (!call.equals(held.get(call.callId()))) {
                // a half that is new or moved changes the call of its session, too
                c.model().callByExtTrackingId(call.extTrackingId()).ifPresent(joined -> touched.add(joined.ref()));
            }
        }
        Set<CallRef> agreeing = c.model().callsOf(c.device()).stream().map(CstaCall::ref)
                .filter(r -> !touched.contains(r)).collect(Collectors.toSet());
        boolean conference = c.conference() != null;
        for (CstaEvent e : reconciler.reconcile(c.model(), c.device(), c.calls(), c.conference()).events()) {
            assertTrue(conference || !agreeing.contains(e.call()) || e.type() == CstaEventType.TRANSFERRED,
                    () -> e + " concerns a call whose halves all agree");
        }
    }

    @Property(tries = 100)
    void isolationOtherDevicesKeepTheirHalvesAndStates(@ForAll("cases") ReconcileCase c) {
        Map<DeviceId, Map<String, String>> before = othersView(c.model(), c.others());
        ReconcileResult result = reconciler.reconcile(c.model(), c.device(), c.calls(), c.conference());
        CallModel model = c.model().copy();
        result.applyTo(model);

        assertEquals(before, othersView(model, c.others()));
        for (CstaEvent e : result.events()) {
            if (e.subject() == null || e.type() == CstaEventType.TRANSFERRED
                    || e.type() == CstaEventType.CONFERENCED) {
                continue;
            }
            assertFalse(c.others().contains(e.subject().device())
                    && c.model().connection(e.subject()).filter(CstaConnection::isMonitored).isPresent(),
                    () -> e + " changes another device's own connection");
        }
    }

    @Property(tries = 100)
    void purityTheModelIsOnlyReadAndTheResultIsDeterministic(@ForAll("cases") ReconcileCase c) {
        CallModel untouched = c.model().copy();
        ReconcileResult first = reconciler.reconcile(c.model(), c.device(), c.calls(), c.conference());
        ReconcileResult second = new Reconciler().reconcile(c.model(), c.device(), c.calls(), c.conference());

        assertEquals(untouched, c.model());
        assertEquals(first.events(), second.events());
        assertEquals(first.unsynchronised(), second.unsynchronised());
    }

    @Property(tries = 100)
    void theEventsReplayToTheNewModelAndClearEveryUnsynchronisedParty(@ForAll("cases") ReconcileCase c) {
        Projection projection = Projection.from(c.model());
        ReconcileResult result = reconciler.reconcile(c.model(), c.device(), c.calls(), c.conference());
        CallModel model = c.model().copy();
        result.applyTo(model);
        projection.apply(result.events());
        assertEquals(Projection.of(model), projection.view());

        Set<String> listed = c.calls().stream().map(Call::callId).collect(Collectors.toSet());
        Set<String> stale = c.model().legsOf(c.device()).stream().map(Leg::callId).filter(id -> !listed.contains(id))
                .collect(Collectors.toSet());
        assertEquals(stale, result.unsynchronised().stream().map(UnsynchronisedParty::callId)
                .collect(Collectors.toSet()));
        for (UnsynchronisedParty p : result.unsynchronised()) {
            assertTrue(model.callOfLeg(io.bwjtapi.csta.model.LegRef.of(p.device(), p.callId())).isEmpty());
            boolean stillInCall = model.call(p.call()).flatMap(call -> call.connection(p.device())).isPresent();
            assertTrue(stillInCall || result.events().stream().anyMatch(e -> isRemoval(e, p)),
                    () -> "no ConnectionCleared for " + p);
        }
    }

    private static boolean isRemoval(CstaEvent e, UnsynchronisedParty p) {
        return e.type() == CstaEventType.CONNECTION_CLEARED && e.cause() == EventCause.SWITCHING_FUNCTION_TERMINATED
                && e.call().equals(p.call()) && e.subject().device().equals(p.device());
    }

    private static boolean present(Call call) {
        return call.state() != CallState.RELEASED && call.state() != CallState.DETACHED
                && call.state() != CallState.IDLE;
    }

    /** Each other device's halves (session, state, remote party) and its own connections' states. */
    private static Map<DeviceId, Map<String, String>> othersView(CallModel model, List<DeviceId> others) {
        Map<DeviceId, Map<String, String>> view = new TreeMap<>();
        for (DeviceId d : others) {
            Map<String, String> halves = new TreeMap<>();
            for (CstaCall call : model.callsOf(d)) {
                call.connection(d).filter(CstaConnection::isMonitored).ifPresent(conn -> conn.legs().forEach(
                        l -> halves.put(l.callId(), l.extTrackingId() + " " + l.call().state() + " "
                                + l.call().remoteParty() + " " + stateOf(conn))));
            }
            view.put(d, halves);
        }
        return view;
    }

    private static LocalConnectionState stateOf(CstaConnection c) {
        return c.state();
    }
}
