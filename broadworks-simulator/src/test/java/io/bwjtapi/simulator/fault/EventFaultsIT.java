package io.bwjtapi.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import io.bwjtapi.testsupport.Await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Event drop, duplication, reordering and delay, globally or for one subscription; request faults. */
class EventFaultsIT extends SimulatorIT {
    private Monitor monitor;
    private String alice;
    private String bob;
    private String aliceSubscription;

    @BeforeEach
    void subscribe() {
        alice = user(0);
        bob = user(1);
        monitor = monitor("faults");
        aliceSubscription = monitor.subscribe(alice, "Basic Call");
        monitor.subscribe(bob, "Basic Call");
    }

    private void refresh(String subscriptionId) {
        assertEquals(200, admin().put(XsiTestClient.EVENTS + "/subscription/" + subscriptionId, "").statusCode());
    }

    private List<Integer> sequences(String user, int count) {
        Await.until(Monitor.WAIT, count + " events for " + user, () -> monitor.events(user).size() >= count,
                () -> monitor.types(user));
        return monitor.events(user).stream().map(XsiEvent::sequence).toList();
    }

    @Test
    void droppedEventsLeaveAGapInTheSequence() {
        sim.dropEvents(EventScopeOf.all(), 1);
        refresh(aliceSubscription);
        refresh(aliceSubscription);

        assertEquals(List.of(1, 3), sequences(alice, 2));
    }

    @Test
    void duplicatedEventsArriveTwiceWithTheSameEventId() {
        sim.duplicateEvents(EventScopeOf.subscription(aliceSubscription), 1);
        refresh(aliceSubscription);

        List<XsiEvent> events = monitor.events(alice);
        Await.until(Monitor.WAIT, "duplicate", () -> monitor.events(alice).size() == 3);
        events = monitor.events(alice);
        assertEquals(events.get(1).eventId(), events.get(2).eventId());
        assertEquals(events.get(1).sequence(), events.get(2).sequence());
    }

    @Test
    void reorderedEventsSwapWithTheirSuccessor() {
        sim.reorderEvents(EventScopeOf.all(), 1);
        refresh(aliceSubscription);
        refresh(aliceSubscription);

        assertEquals(List.of(1, 3, 2), sequences(alice, 3));
    }

    @Test
    void delayedEventsArriveLate() throws Exception {
        sim.delayEvents(EventScopeOf.subscription(aliceSubscription), Duration.ofMillis(400), 1);
        long start = System.nanoTime();
        refresh(aliceSubscription);
        Await.until(Monitor.WAIT, "delayed event", () -> monitor.events(alice).size() == 2);

        assertTrue(System.nanoTime() - start >= Duration.ofMillis(400).toNanos());
    }

    @Test
    void faultsScopedToOneSubscriptionLeaveTheOthersAlone() {
        sim.dropEvents(EventScopeOf.subscription(aliceSubscription), 5);
        String bobSubscription = monitor.events(bob).get(0).subscriptionId();
        refresh(bobSubscription);

        assertEquals(List.of(1, 2), sequences(bob, 2));
    }

    @Test
    void respondStatusAnswersMatchingRequestsWithTheStatusCountTimes() {
        sim.respondStatus(io.bwjtapi.simulator.fault.RequestMatcher.of("GET", ".*/calls"), 503, 2);
        String path = XsiTestClient.ACTIONS + "/user/" + alice + "/calls";

        assertEquals(503, admin().get(path).statusCode());
        assertEquals("ErrorInfo", XsiEvent.parse(admin().get(path).body()).rootName());
        assertEquals(200, admin().get(path).statusCode());
    }

    @Test
    void slowAcknowledgementDelaysTheAnswerToEventResponses() {
        sim.slowAcknowledgement(Duration.ofMillis(400));
        long start = System.nanoTime();

        assertEquals(200, admin().post(XsiTestClient.EVENTS + "/channel/eventresponse",
                XsiTestClient.eventResponse("unknown-event", 200)).statusCode());

        assertTrue(System.nanoTime() - start >= Duration.ofMillis(400).toNanos());
        sim.clearFaults();
        start = System.nanoTime();
        admin().post(XsiTestClient.EVENTS + "/channel/eventresponse", XsiTestClient.eventResponse("other", 200));
        assertTrue(System.nanoTime() - start < Duration.ofMillis(400).toNanos());
    }

    /** Short names for the scopes used here. */
    private static final class EventScopeOf {
        static io.bwjtapi.simulator.fault.EventScope all() {
            return io.bwjtapi.simulator.fault.EventScope.ALL;
        }

        static io.bwjtapi.simulator.fault.EventScope subscription(String id) {
            return io.bwjtapi.simulator.fault.EventScope.subscription(id);
        }
    }
}
