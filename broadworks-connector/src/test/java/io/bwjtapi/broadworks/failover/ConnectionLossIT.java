package io.bwjtapi.broadworks.failover;

import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_EXTERNAL;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_EXTERNAL_LISTENER;

import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_ANSWERED_BY_1001;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_ANSWERED_BY_1001_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_CALL_SNAPSHOT;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_CALL_SNAPSHOT_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.concat;
import static io.bwjtapi.broadworks.support.Sequences.lost;
import static io.bwjtapi.broadworks.support.Sequences.lostListener;
import static io.bwjtapi.broadworks.support.Sequences.restored;
import static io.bwjtapi.broadworks.support.Sequences.restoredListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.broadworks.support.AppView;
import io.bwjtapi.broadworks.support.Causes;
import io.bwjtapi.broadworks.support.GroundTruth;
import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.ext.BwOutOfServiceEv;
import io.bwjtapi.simulator.CallRef;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Event;
import javax.telephony.Provider;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, every channel lost (failover contract 1 and 2): (a) XSP reset with one channel, (b) silent partition,
 * (c) an active call across the outage, (d) a call born and ended inside the outage, (g) a user deleted during
 * the outage, (j) an observer added during the outage. Each asserts the exact observer and listener sequences
 * and the final state against the simulator's ground truth.
 */
class ConnectionLossIT {
    static final String EXT = "+4940555000";

    @Test
    void a_xspResetWithOneChannel() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            rig.sim.killXsp(0);
            rig.awaitState(Provider.OUT_OF_SERVICE);
            a.expect(lost("1001"), lostListener("1001"));
            assertEquals(BwOutOfServiceEv.CAUSE_CONNECTION_LOST,
                    Causes.last(a.observer, "BwAddrOutOfServiceEv 1001").getCause());
            rig.sim.restoreXsp(0);
            rig.awaitState(Provider.IN_SERVICE);
            a.expect(restored("1001"), restoredListener("1001"));
            GroundTruth.assertMatches(rig, 0, 1, 3);
            assertEquals(1, rig.stats().failovers());
            assertTrue(rig.stats().lastFailover().orElseThrow().restored().isPresent());
            rig.provider().shutdown();
            a.expect(shutdown("1001"), shutdownListener("1001"));
            a.expectNothingMore();
        }
    }

    @Test
    void b_silentPartitionIsDetectedByTheHeartbeat() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            rig.sim.partitionXsp(0);
            rig.awaitState(Provider.OUT_OF_SERVICE);
            a.expect(lost("1001"), lostListener("1001"));
            rig.sim.restoreXsp(0);
            rig.awaitState(Provider.IN_SERVICE);
            a.expect(restored("1001"), restoredListener("1001"));
            GroundTruth.assertMatches(rig, 0, 1, 3);
            rig.provider().shutdown();
            a.expect(shutdown("1001"), shutdownListener("1001"));
            a.expectNothingMore();
        }
    }

    @Test
    void c_activeCallSurvivesTheOutageAsASnapshot() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            CallRef call = rig.sim.dialFromExternal(EXT, rig.userId(0));
            rig.sim.answer(rig.userId(0), call.callIdOf(rig.userId(0)));
            a.expect(EXTERNAL_ANSWERED_BY_1001, EXTERNAL_ANSWERED_BY_1001_LISTENER);
            Call before = rig.provider().getCalls()[0];
            rig.sim.killXsp(0);
            rig.awaitState(Provider.OUT_OF_SERVICE);
            a.expect(concat(List.of("call-1: CallObservationEndedEv"), lost("1001")),
                    concat(List.of("call-1: CALL_EVENT_TRANSMISSION_ENDED"), lostListener("1001")));
            rig.sim.restoreXsp(0);
            rig.awaitState(Provider.IN_SERVICE);
            a.expect(concat(restored("1001"), EXTERNAL_CALL_SNAPSHOT),
                    concat(restoredListener("1001"), EXTERNAL_CALL_SNAPSHOT_LISTENER));
            assertSame(before, rig.provider().getCalls()[0], "the surviving call keeps its Call object");
            assertSnapshotBatch(a.observer.raw().subList(a.observer.raw().size() - EXTERNAL_CALL_SNAPSHOT.size(),
                    a.observer.raw().size()));
            GroundTruth.assertMatches(rig, 0, 1, 3);
            rig.sim.releaseExternal(call.extTrackingId());
            a.expect(RELEASED_BY_EXTERNAL,
                    RELEASED_BY_EXTERNAL_LISTENER);
            GroundTruth.assertMatches(rig, 0, 1, 3);
        }
    }

    @Test
    void d_callBornAndEndedInsideTheOutageIsNeverSeen() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            rig.sim.killXsp(0);
            rig.awaitState(Provider.OUT_OF_SERVICE);
            a.expect(lost("1001"), lostListener("1001"));
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(1));
            rig.sim.answer(rig.userId(1), call.callIdOf(rig.userId(1)));
            rig.sim.release(rig.userId(0), call.callIdOf(rig.userId(0)));
            rig.sim.restoreXsp(0);
            rig.awaitState(Provider.IN_SERVICE);
            a.expect(restored("1001"), restoredListener("1001"));
            assertNull(rig.provider().getCalls());
            GroundTruth.assertMatches(rig, 0, 1, 3);
            rig.provider().shutdown();
            a.expect(shutdown("1001"), shutdownListener("1001"));
            a.expectNothingMore();
        }
    }

    @Test
    void g_userDeletedDuringTheOutageEndsObservationOfItsDevice() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            AppView d = AppView.everything(rig.provider(), rig.address(3), rig.terminal(3));
            rig.sim.killXsp(0);
            rig.awaitState(Provider.OUT_OF_SERVICE);
            rig.sim.deleteUser(rig.userId(3));
            rig.sim.restoreXsp(0);
            rig.awaitState(Provider.IN_SERVICE);
            a.expect(concat(lost("1001"), restored("1001")), concat(lostListener("1001"), restoredListener("1001")));
            d.expect(concat(lost("1004"), List.of("ProvInServiceEv", "AddrObservationEndedEv 1004",
                            "TermObservationEndedEv user1004@sim.example")),
                    concat(lostListener("1004"), List.of("PROVIDER_IN_SERVICE", "ADDRESS_EVENT_TRANSMISSION_ENDED 1004",
                            "TERMINAL_EVENT_TRANSMISSION_ENDED user1004@sim.example")));
            GroundTruth.assertMatches(rig, 0, 1);
            rig.provider().shutdown();
            a.expect(shutdown("1001"), shutdownListener("1001"));
            d.expect(List.of("ProvShutdownEv", "ProvObservationEndedEv"),
                    List.of("PROVIDER_SHUTDOWN", "PROVIDER_EVENT_TRANSMISSION_ENDED"));
            a.expectNothingMore();
            d.expectNothingMore();
        }
    }

    @Test
    void j_observerAddedDuringTheOutageGetsServiceEventsAndTheSnapshot() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            CallRef call = rig.sim.dialFromExternal(EXT, rig.userId(0));
            rig.sim.answer(rig.userId(0), call.callIdOf(rig.userId(0)));
            a.expect(EXTERNAL_ANSWERED_BY_1001, EXTERNAL_ANSWERED_BY_1001_LISTENER);
            rig.sim.killXsp(0);
            rig.awaitState(Provider.OUT_OF_SERVICE);
            a.expect(concat(List.of("call-1: CallObservationEndedEv"), lost("1001")),
                    concat(List.of("call-1: CALL_EVENT_TRANSMISSION_ENDED"), lostListener("1001")));
            AppView late = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            rig.sim.restoreXsp(0);
            rig.awaitState(Provider.IN_SERVICE);
            a.expect(concat(restored("1001"), EXTERNAL_CALL_SNAPSHOT),
                    concat(restoredListener("1001"), EXTERNAL_CALL_SNAPSHOT_LISTENER));
            late.expect(concat(restored("1001"), EXTERNAL_CALL_SNAPSHOT),
                    concat(restoredListener("1001"), EXTERNAL_CALL_SNAPSHOT_LISTENER));
            GroundTruth.assertMatches(rig, 0, 1, 3);
        }
    }

    static List<String> shutdown(String address) {
        return List.of("AddrObservationEndedEv " + address, "TermObservationEndedEv user" + address + "@sim.example",
                "ProvShutdownEv", "ProvObservationEndedEv");
    }

    static List<String> shutdownListener(String address) {
        return List.of("ADDRESS_EVENT_TRANSMISSION_ENDED " + address,
                "TERMINAL_EVENT_TRANSMISSION_ENDED user" + address + "@sim.example", "PROVIDER_SHUTDOWN",
                "PROVIDER_EVENT_TRANSMISSION_ENDED");
    }

    /** One snapshot batch: every event META_SNAPSHOT with CAUSE_SNAPSHOT, the first a new meta event. */
    static void assertSnapshotBatch(List<Ev> batch) {
        for (int i = 0; i < batch.size(); i++) {
            Ev ev = batch.get(i);
            assertEquals(Ev.META_SNAPSHOT, ev.getMetaCode(), "meta code of " + ev);
            assertEquals(Event.CAUSE_SNAPSHOT, ev.getCause(), "cause of " + ev);
            assertEquals(i == 0, ev.isNewMetaEvent(), "new meta event flag of event " + i);
            assertTrue(ev instanceof CallEv);
        }
    }
}
