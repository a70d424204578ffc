package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.fault.EventScope;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.subscription.Subscription;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator faults not covered elsewhere: delayed events, AS recovery, deleting a monitored user. */
class FaultsIT extends SimulatorBackedIT {

    @BeforeEach
    void openAChannel() {
        open(0);
    }

    private Subscription monitor(int user) {
        Subscription s = get(client.subscriptions().subscribe(user(user))).get(0);
        await("snapshot", () -> events.has(user(user), EventDataType.CALL_SUBSCRIPTION));
        return s;
    }

    private List<Integer> sequence(int user) {
        return events.of(user(user)).stream().map(d -> d.event().sequenceNumber()).toList();
    }

    @Test
    void anEventDelayedWithinTheReorderWindowIsPutBackInOrder() {
        Subscription s = monitor(1);
        sim.delayEvents(EventScope.subscription(s.subscriptionId()), Duration.ofMillis(100), 1);
        CallRef call = sim.dial(user(0), user(1));
        sim.answer(user(1), call.callIdOf(user(1)));

        await("answered", () -> events.has(user(1), EventDataType.CALL_ANSWERED));
        List<Integer> seq = sequence(1);
        for (int i = 1; i < seq.size(); i++) {
            assertTrue(seq.get(i) == seq.get(i - 1) + 1, "in order: " + seq);
        }
        assertFalse(facts.has("sequenceGap"));
    }

    @Test
    void anEventDelayedBeyondTheWindowIsReportedAsAGapAndDroppedWhenItArrivesLate() {
        Subscription s = monitor(1);
        sim.delayEvents(EventScope.subscription(s.subscriptionId()), Duration.ofMillis(1500), 1);
        CallRef call = sim.dial(user(0), user(1));
        sim.answer(user(1), call.callIdOf(user(1)));

        awaitFact("sequenceGap");
        await("the late event dropped", () -> facts.has("duplicateDropped"));
        assertFalse(events.has(user(1), EventDataType.CALL_RECEIVED), "the late CallReceived is not delivered");
        assertTrue(events.has(user(1), EventDataType.CALL_ANSWERED));
    }

    @Test
    void afterAnAsCrashAndRecoveryNewCallsAreDeliveredWithoutGaps() {
        monitor(0);
        monitor(1);
        CallRef before = sim.dial(user(0), user(1));
        sim.answer(user(1), before.callIdOf(user(1)));
        await("answered", () -> events.has(user(1), EventDataType.CALL_ANSWERED));
        sim.asCrash(true);
        await("resync", () -> events.has(user(1), EventDataType.CALL_SUBSCRIPTION_RESYNC));
        sim.asRecover();
        events.clear();

        CallRef call = sim.dial(user(2), user(1));
        sim.answer(user(1), call.callIdOf(user(1)));
        await("answered after recovery", () -> events.has(user(1), EventDataType.CALL_ANSWERED));
        assertFalse(facts.has("sequenceGap"), () -> facts.all().toString());
    }

    @Test
    void deletingAMonitoredUserEndsItsSubscriptionAndReportsTheRefusedRecreation() {
        monitor(4);
        String deleted = user(4);
        sim.deleteUser(deleted);

        await("terminated event delivered", () -> events.has(deleted, EventDataType.SUBSCRIPTION_TERMINATED));
        awaitFact("subscriptionRefused");
        assertTrue(facts.has("subscriptionLost"));
        await("no longer monitored", () -> !client.subscriptions().users().contains(deleted));
    }
}
