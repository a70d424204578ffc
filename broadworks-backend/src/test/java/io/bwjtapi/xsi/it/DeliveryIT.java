package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.ChannelInfo;
import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.simulator.fault.EventScope;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.subscription.Subscription;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Event delivery against the simulator: order, dedupe, gaps, resync snapshots and acknowledgements. */
class DeliveryIT extends SimulatorBackedIT {

    private Subscription monitor(int user) {
        Subscription s = get(client.subscriptions().subscribe(user(user))).get(0);
        await("snapshot of " + user(user), () -> events.has(user(user), EventDataType.CALL_SUBSCRIPTION));
        return s;
    }

    /** user 0 calls user 1, who answers; returns once every monitored end saw the answer. */
    private CallRef answeredCall() {
        CallRef call = sim.dial(user(0), user(1));
        sim.answer(user(1), call.callIdOf(user(1)));
        await("answered at every monitored end", () -> client.subscriptions().users().stream()
                .allMatch(u -> events.has(u, EventDataType.CALL_ANSWERED)));
        return call;
    }

    private static List<Integer> sequence(List<RecordingConsumer.Delivery> deliveries) {
        return deliveries.stream().map(d -> d.event().sequenceNumber()).toList();
    }

    private static void assertContiguous(List<Integer> seq) {
        for (int i = 1; i < seq.size(); i++) {
            assertEquals(seq.get(i - 1) + 1, seq.get(i), "contiguous sequence: " + seq);
        }
    }

    @Test
    void aCallIsDeliveredInOrderAtBothEndsWithItsCallModel() {
        open(0);
        monitor(0);
        monitor(1);
        CallRef call = answeredCall();
        sim.release(user(0), call.callIdOf(user(0)));
        await("released at both ends", () -> events.has(user(0), EventDataType.CALL_RELEASED)
                && events.has(user(1), EventDataType.CALL_RELEASED));

        CallEvent received = (CallEvent) events.of(user(1), EventDataType.CALL_RECEIVED).get(0).event().data();
        assertEquals(call.extTrackingId(), received.call().extTrackingId());
        assertEquals(call.callIdOf(user(1)), received.call().callId());
        assertEquals(Personality.TERMINATOR, received.call().personality());
        assertEquals(CallState.ALERTING, received.call().state());
        CallEvent originated = (CallEvent) events.of(user(0), EventDataType.CALL_ORIGINATED).get(0).event().data();
        assertEquals(Personality.ORIGINATOR, originated.call().personality());
        assertEquals(call.extTrackingId(), originated.call().extTrackingId());
        for (int u = 0; u < 2; u++) {
            assertContiguous(sequence(events.of(user(u))));
        }
        assertTrue(events.all().stream().allMatch(d -> d.thread().startsWith("bwjtapi-xsi-delivery")));
        assertFalse(facts.has("sequenceGap"));
    }

    @Test
    void duplicatedEventsAreDeliveredOnce() {
        open(0);
        monitor(0);
        monitor(1);
        sim.duplicateEvents(EventScope.ALL, 4);
        answeredCall();

        List<RecordingConsumer.Delivery> all = events.all();
        assertEquals(all.size(), all.stream().map(d -> d.event().eventId()).distinct().count(), all::toString);
        await("duplicates reported", () -> facts.named("duplicateDropped").size() >= 4);
        assertEquals(4, client.stats().duplicates());
        for (int u = 0; u < 2; u++) {
            assertContiguous(sequence(events.of(user(u))));
        }
    }

    @Test
    void reorderedEventsAreDeliveredInSequence() {
        open(0);
        Subscription s = monitor(1);
        sim.reorderEvents(EventScope.subscription(s.subscriptionId()), 1);
        answeredCall();

        List<Integer> seq = sequence(events.of(user(1)));
        assertContiguous(seq);
        assertFalse(facts.has("sequenceGap"));
    }

    @Test
    void aLostEventIsReportedAsAGapAndTheFollowingOnesStillArrive() {
        open(0);
        Subscription s = monitor(1);
        sim.dropEvents(EventScope.subscription(s.subscriptionId()), 1);
        answeredCall();

        awaitFact("sequenceGap");
        RecordingListener.Fact gap = facts.named("sequenceGap").get(0);
        assertEquals(user(1), gap.subject());
        assertEquals("2->3", gap.detail(), "the event after the snapshot was lost");
        await("the events after the gap delivered", () -> sequence(events.of(user(1))).size() >= 3);
        assertEquals(List.of(1, 3, 4), sequence(events.of(user(1))).subList(0, 3));
    }

    @Test
    void anAsCrashWithResyncDeliversAResyncSnapshotThatResetsTheSequence() {
        open(0);
        monitor(0);
        monitor(1);
        CallRef call = answeredCall();
        sim.asCrash(true);

        await("resync snapshots", () -> events.has(user(0), EventDataType.CALL_SUBSCRIPTION_RESYNC)
                && events.has(user(1), EventDataType.CALL_SUBSCRIPTION_RESYNC));
        CallSubscriptionEvent resync = (CallSubscriptionEvent) events.of(user(1),
                EventDataType.CALL_SUBSCRIPTION_RESYNC).get(0).event().data();
        assertTrue(resync.isResync());
        assertTrue(facts.has("snapshotReceived", f -> f.subject().equals(user(1)) && f.detail().equals(true)));
        assertTrue(resync.calls().stream().noneMatch(c -> c.callId().equals(call.callIdOf(user(1)))),
                "the new AS does not know the old call: " + resync.calls());

        events.clear();
        CallRef next = sim.dial(user(0), user(1));
        await("the next call is delivered after the reset", () -> events.has(user(1), EventDataType.CALL_RECEIVED));
        assertFalse(facts.has("sequenceGap"), () -> facts.all().toString());
        assertEquals(next.callIdOf(user(1)), events.of(user(1), EventDataType.CALL_RECEIVED).get(0).callId());
    }

    @Test
    void anAsCrashWithoutResyncIsRevealedByAForcedRefresh() {
        open(0);
        monitor(1);
        answeredCall();
        events.clear();
        sim.asCrash(false);
        get(client.subscriptions().refresh(user(1)));

        await("snapshot after refresh", () -> events.has(user(1), EventDataType.CALL_SUBSCRIPTION));
        CallSubscriptionEvent snapshot = (CallSubscriptionEvent) events.of(user(1), EventDataType.CALL_SUBSCRIPTION)
                .get(0).event().data();
        assertTrue(snapshot.calls().isEmpty(), "the call is gone for BroadWorks: " + snapshot.calls());
        assertFalse(events.has(user(1), EventDataType.CALL_SUBSCRIPTION_RESYNC));
    }

    @Test
    void everyEventIsAcknowledgedToTheXspHoldingTheChannelItCameOn() {
        open(0);
        open(1);
        monitor(0);
        monitor(1);
        answeredCall();
        Map<String, Integer> xspOfChannel = sim.channels().stream()
                .collect(Collectors.toMap(ChannelInfo::channelId, ChannelInfo::xspIndex));

        await("every delivered event acknowledged", () -> acknowledged().keySet()
                .containsAll(events.all().stream().map(d -> d.event().eventId()).toList()));
        Map<String, RecordedRequest> acks = acknowledged();
        Set<Integer> channelsUsed = new HashSet<>();
        for (RecordingConsumer.Delivery d : events.all()) {
            int holder = xspOfChannel.get(d.event().channelId().orElseThrow());
            channelsUsed.add(holder);
            assertEquals(holder, acks.get(d.event().eventId()).xspIndex(), "ack of " + d + " went to XSP " + holder);
            assertTrue(acks.get(d.event().eventId()).body().contains("<statusCode>200</statusCode>"));
        }
        assertEquals(Set.of(0, 1), channelsUsed, "BroadWorks spreads events over the channel set");
    }

    private Map<String, RecordedRequest> acknowledged() {
        return sim.requests().stream().filter(r -> r.path().endsWith("/channel/eventresponse"))
                .collect(Collectors.toMap(r -> between(r.body(), "<eventID>", "</eventID>"), r -> r, (a, b) -> a));
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start));
    }

    @Test
    void aSlowConsumerDoesNotDelayAcknowledgements() throws InterruptedException {
        open(0);
        monitor(1);
        CountDownLatch release = new CountDownLatch(1);
        client.setEventConsumer((user, event) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.onEvent(user, event);
        });
        int acksBefore = acknowledged().size();
        sim.dial(user(0), user(1));

        await("the call's events acknowledged while the consumer is blocked",
                () -> acknowledged().size() >= acksBefore + 1 && client.stats().deliveryBacklog() >= 0);
        assertFalse(events.has(user(1), EventDataType.CALL_RECEIVED), "the consumer is still blocked");
        release.countDown();
        await("delivered once unblocked", () -> events.has(user(1), EventDataType.CALL_RECEIVED));
    }

    @Test
    void losingOneOfTwoChannelsDoesNotStopTheEvents() {
        open(0);
        open(1);
        monitor(0);
        monitor(1);
        sim.killXsp(0);
        await("channel on XSP 0 closed", () -> client.channels().channels().size() == 1);

        answeredCall();
        assertFalse(facts.has("sequenceGap"), () -> facts.all().toString());
    }
}
