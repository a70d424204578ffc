package io.bwjtapi.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.model.AsRole;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Application Server crash (with and without the resync event) and recovery. */
class AsFailoverIT extends SimulatorIT {
    private Monitor monitor;
    private String alice;
    private String bob;
    private String aliceSubscription;

    @BeforeEach
    void activeCall() {
        alice = user(0);
        bob = user(1);
        monitor = monitor("ha-set");
        aliceSubscription = monitor.subscribe(alice, "Advanced Call");
        monitor.subscribe(bob, "Advanced Call");
        monitor.subscribe(user(2), "Advanced Call");
    }

    private CallRef connect() {
        CallRef call = sim.dial(alice, bob);
        sim.answer(bob, call.callIdOf(bob));
        monitor.await(alice, "CallAnsweredEvent");
        return call;
    }

    @Test
    void crashWithResyncSendsEachAffectedSubscriptionAResyncEventWithoutTheLostCalls() {
        CallRef call = connect();

        sim.asCrash(true);

        for (String user : List.of(alice, bob)) {
            XsiEvent resync = monitor.await(user, "CallSubscriptionResyncEvent");
            assertEquals(1, resync.sequence(), "the new AS numbers from 1 again");
            assertTrue(resync.calls().isEmpty(), "the secondary AS does not know the call");
            assertEquals("On-Hook", XsiEvent.at(resync.eventData(), "hookStatus"));
        }
        assertEquals(List.of(), monitor.afterSnapshot(user(2)), "idle users are not out of sync");
        assertTrue(sim.truth().calls().isEmpty());
        assertEquals(1, sim.truth().mediaOnlyCalls().size(), "the call still has media");
        assertEquals(AsRole.SECONDARY, sim.truth().userHomes().get(alice));
        HttpResponse<String> stale = admin().put(XsiTestClient.ACTIONS + "/user/" + alice + "/calls/"
                + call.callIdOf(alice) + "/Hold", null);
        assertEquals(404, stale.statusCode());
        assertEquals("ErrorInfo", XsiEvent.parse(stale.body()).rootName());
        assertFalse(admin().get(XsiTestClient.ACTIONS + "/user/" + alice + "/calls").body().contains("<call"));
    }

    @Test
    void crashWithoutResyncIsOnlyRevealedByARefresh() throws Exception {
        connect();
        int before = monitor.events(alice).size();

        sim.asCrash(false);
        Thread.sleep(200); // give a wrongly sent event time to arrive
        assertEquals(before, monitor.events(alice).size());

        admin().put(XsiTestClient.EVENTS + "/subscription/" + aliceSubscription, "");
        XsiEvent refreshed = awaitNext(before);
        assertEquals("CallSubscriptionEvent", refreshed.type());
        assertFalse(refreshed.xml().contains("<xsi:calls>"));
    }

    private XsiEvent awaitNext(int index) {
        io.bwjtapi.testsupport.Await.until(Monitor.WAIT, "refresh snapshot", () -> monitor.events(alice).size() > index);
        return monitor.events(alice).get(index);
    }

    @Test
    void callsStartedAfterTheCrashWorkAndRecoveryReHomesIdleUsers() {
        CallRef lost = connect();
        sim.asCrash(true);
        CallRef fresh = sim.dial(user(2), user(3));
        assertEquals(AsRole.SECONDARY, sim.truth().call(fresh.extTrackingId()).hostedBy());

        sim.asRecover();

        assertEquals(AsRole.PRIMARY, sim.truth().userHomes().get(alice), "idle after the crash");
        assertEquals(AsRole.SECONDARY, sim.truth().userHomes().get(user(2)), "busy on the secondary");
        sim.release(alice, lost.callIdOf(alice)); // the people hang up the call no AS knows
        assertTrue(sim.truth().mediaOnlyCalls().isEmpty());
    }
}
