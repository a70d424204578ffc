package io.bwjtapi.simulator.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.support.RawEventChannel;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import io.bwjtapi.testsupport.Await;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** EventResponse semantics, redelivery of unacknowledged events and NonResponsiveChannel. */
class AcknowledgementIT extends SimulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private RawEventChannel first;
    private RawEventChannel second;

    @Override
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.ackTimeout(Duration.ofMillis(300)).maxDeliveryAttempts(3);
    }

    private void twoChannels() throws Exception {
        first = closeLater(RawEventChannel.open(sim.xspBaseUri(0), ADMIN, PASSWORD,
                RawEventChannel.body("set", 1, 50, 3600, null)));
        first.next(WAIT);
        second = closeLater(RawEventChannel.open(sim.xspBaseUri(1), ADMIN, PASSWORD,
                RawEventChannel.body("set", 1, 50, 3600, null)));
        second.next(WAIT);
    }

    private void subscribe() {
        assertEquals(200, admin().post(XsiTestClient.EVENTS + "/user/" + user(0),
                XsiTestClient.subscription("Basic Call", 3600, "set", null)).statusCode());
    }

    /** Waits for the first event on either channel; returns it and the index (0/1) of its channel. */
    private Object[] firstEvent() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String a = first.poll(Duration.ofMillis(20));
            if (a != null) {
                return new Object[] {XsiEvent.parse(a), 0};
            }
            String b = second.poll(Duration.ofMillis(20));
            if (b != null) {
                return new Object[] {XsiEvent.parse(b), 1};
            }
        }
        throw new AssertionError("no event on either channel");
    }

    private void ack(int xsp, String eventId, int status) {
        assertEquals(200, admin(xsp).post(XsiTestClient.EVENTS + "/channel/eventresponse",
                XsiTestClient.eventResponse(eventId, status)).statusCode());
    }

    @Test
    void anUnacknowledgedEventIsRedeliveredOnAnotherChannelOfTheSet() throws Exception {
        twoChannels();
        subscribe();
        Object[] delivered = firstEvent();
        XsiEvent event = (XsiEvent) delivered[0];
        int channel = (int) delivered[1];
        RawEventChannel other = channel == 0 ? second : first;

        XsiEvent again = XsiEvent.parse(other.next(WAIT));

        assertEquals(event.eventId(), again.eventId());
        assertEquals(event.sequence(), again.sequence());
        assertNotEquals(event.text("channelId"), again.text("channelId"));
        ack(1 - channel, again.eventId(), 200);
        assertNull(first.poll(Duration.ofMillis(500)));
        assertNull(second.poll(Duration.ofMillis(10)));
    }

    @Test
    void persistentNonAcknowledgementTerminatesEveryChannelOfTheSet() throws Exception {
        twoChannels();
        subscribe();

        for (RawEventChannel channel : new RawEventChannel[] {first, second}) {
            XsiEvent terminated = XsiEvent.parse(channel.next(s -> s.contains("ChannelTerminatedEvent"), WAIT));
            assertEquals("NonResponsiveChannel", terminated.text("reason"));
            assertEquals("last-chunk", channel.awaitEnd(WAIT));
        }
        assertTrue(sim.channels().isEmpty());
        assertEquals(1, sim.subscriptions().size(), "subscriptions outlive their channels");
    }

    @Test
    void status404DeletesTheChannelAndResendsOnTheNextOne() throws Exception {
        twoChannels();
        subscribe();
        Object[] delivered = firstEvent();
        int channel = (int) delivered[1];
        ack(channel, ((XsiEvent) delivered[0]).eventId(), 404);

        RawEventChannel deleted = channel == 0 ? first : second;
        RawEventChannel other = channel == 0 ? second : first;
        assertEquals("UnknownChannel", XsiEvent.parse(deleted.next(WAIT)).text("reason"));
        assertEquals(((XsiEvent) delivered[0]).eventId(), XsiEvent.parse(other.next(WAIT)).eventId());
    }

    @Test
    void status500SendsTheEventToTheNextChannel() throws Exception {
        twoChannels();
        subscribe();
        Object[] delivered = firstEvent();
        int channel = (int) delivered[1];
        ack(channel, ((XsiEvent) delivered[0]).eventId(), 500);

        RawEventChannel other = channel == 0 ? second : first;
        assertEquals(((XsiEvent) delivered[0]).eventId(), XsiEvent.parse(other.next(WAIT)).eventId());
    }

    @Test
    void status481DeletesTheSubscriptionAnd400DropsTheEvent() throws Exception {
        twoChannels();
        subscribe();
        Object[] delivered = firstEvent();
        ack((int) delivered[1], ((XsiEvent) delivered[0]).eventId(), 481);
        Await.until(WAIT, "subscription deleted", () -> sim.subscriptions().isEmpty());

        subscribe();
        delivered = firstEvent();
        ack((int) delivered[1], ((XsiEvent) delivered[0]).eventId(), 400);
        assertNull(first.poll(Duration.ofMillis(500)), "a 400 event is not redelivered");
        assertNull(second.poll(Duration.ofMillis(10)));
        assertEquals(2, sim.channels().size());
    }

    @Test
    void anAcknowledgementMustReachTheXspThatHoldsTheChannel() throws Exception {
        twoChannels();
        subscribe();
        Object[] delivered = firstEvent();
        int wrongXsp = 1 - (int) delivered[1];

        assertEquals(404, admin(wrongXsp).post(XsiTestClient.EVENTS + "/channel/eventresponse",
                XsiTestClient.eventResponse(((XsiEvent) delivered[0]).eventId(), 200)).statusCode());
        assertEquals(400, admin().post(XsiTestClient.EVENTS + "/channel/eventresponse",
                "<EventResponse xmlns=\"http://schema.broadsoft.com/xsi\"><eventID>x</eventID>"
                        + "<statusCode>201</statusCode><reason>no</reason></EventResponse>").statusCode());
    }

    @Test
    void anEventResponseWrittenOntoTheChannelConnectionIsAccepted() throws Exception {
        first = closeLater(RawEventChannel.open(sim.xspBaseUri(0), ADMIN, PASSWORD,
                RawEventChannel.body("set", 1, 50, 3600, null)));
        first.next(WAIT);
        subscribe();
        XsiEvent event = XsiEvent.parse(first.next(WAIT));

        first.writeRaw(XsiTestClient.eventResponse(event.eventId(), 200));

        assertNull(first.poll(Duration.ofMillis(700)), "acknowledged: no redelivery, no termination");
    }
}
