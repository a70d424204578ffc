package io.bwjtapi.simulator.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.support.RawEventChannel;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionIT extends SimulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Override
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.subscriptionExpires(1, SimulatorConfig.NEVER_EXPIRES);
    }

    private RawEventChannel channel(int xsp, String setId) throws Exception {
        RawEventChannel channel = closeLater(RawEventChannel.open(sim.xspBaseUri(xsp), ADMIN, PASSWORD,
                RawEventChannel.body(setId, 1, 50, 3600, null)));
        channel.next(WAIT);
        return channel;
    }

    private String subscribe(String path, String eventPackage, int expires, String setId) {
        HttpResponse<String> response = admin().post(path,
                XsiTestClient.subscription(eventPackage, expires, setId, "test-app"));
        assertEquals(200, response.statusCode(), response.body());
        return XsiEvent.parse(response.body()).text("subscriptionId");
    }

    @Test
    void bothUrlFormsCreateASubscriptionAndTheInitialSnapshotHasSequenceNumberOne() throws Exception {
        RawEventChannel channel = channel(0, "set-1");
        String first = subscribe(XsiTestClient.EVENTS + "/user/" + user(0), "Advanced Call", 7200, "set-1");
        String second = subscribe(XsiTestClient.EVENTS + "/user/" + user(1) + "/subscription", "Basic Call", 7200,
                "set-1");

        for (String subscriptionId : new String[] {first, second}) {
            XsiEvent snapshot = XsiEvent.parse(channel.next(WAIT));
            assertEquals(subscriptionId, snapshot.subscriptionId());
            assertEquals("CallSubscriptionEvent", snapshot.type());
            assertEquals(1, snapshot.sequence());
            assertEquals("On-Hook", XsiEvent.at(snapshot.eventData(), "hookStatus"));
            assertFalse(XsiEvent.has(snapshot.eventData(), "calls"), "idle users have no calls element");
            assertNull(snapshot.targetId(), "snapshots come without targetId, as on a production XSP");
            assertEquals(ADMIN, snapshot.text("userId"));
            assertEquals("test-app", snapshot.text("externalApplicationId"));
        }
        String xml = sim.documents().stream().filter(d -> d.onChannel()).reduce((x, y) -> y).orElseThrow().document();
        assertTrue(xml.contains("xmlns:xsi=\"http://schema.broadsoft.com/xsi\""), xml);
        assertTrue(xml.contains("xmlns:xsi1=\"http://www.w3.org/2001/XMLSchema-instance\""), xml);
        assertTrue(xml.contains("xsi1:type=\"xsi:CallSubscriptionEvent\""), xml);
    }

    @Test
    void refreshSendsANewSnapshotWithTheNextSequenceNumber() throws Exception {
        RawEventChannel channel = channel(0, "set-1");
        String id = subscribe(XsiTestClient.EVENTS + "/user/" + user(0), "Standard Call", 3600, "set-1");
        channel.next(WAIT);

        HttpResponse<String> refreshed = admin().put(XsiTestClient.EVENTS + "/subscription/" + id,
                "<Subscription xmlns=\"http://schema.broadsoft.com/xsi\"><expires>9000</expires></Subscription>");

        assertEquals(200, refreshed.statusCode());
        assertEquals("9000", XsiEvent.parse(refreshed.body()).text("expires"));
        XsiEvent snapshot = XsiEvent.parse(channel.next(WAIT));
        assertEquals("CallSubscriptionEvent", snapshot.type());
        assertEquals(2, snapshot.sequence());
    }

    @Test
    void deleteEndsTheSubscriptionWithSubscriptionTerminatedEvent() throws Exception {
        RawEventChannel channel = channel(0, "set-1");
        String id = subscribe(XsiTestClient.EVENTS + "/user/" + user(0), "Advanced Call", 3600, "set-1");
        channel.next(WAIT);

        assertEquals(200, admin().delete(XsiTestClient.EVENTS + "/subscription/" + id).statusCode());

        XsiEvent terminated = XsiEvent.parse(channel.next(WAIT));
        assertEquals("SubscriptionTerminatedEvent", terminated.type());
        assertEquals(2, terminated.sequence());
        assertTrue(sim.subscriptions().isEmpty());
        assertEquals(403, admin().get(XsiTestClient.EVENTS + "/subscription/" + id).statusCode(),
                "BroadWorks answers 403 for every failed subscription GET/PUT/DELETE");
    }

    @Test
    void anExpiredSubscriptionEndsWithSubscriptionTerminatedEvent() throws Exception {
        RawEventChannel channel = channel(0, "set-1");
        subscribe(XsiTestClient.EVENTS + "/user/" + user(0), "Basic Call", 1, "set-1");
        channel.next(WAIT);

        assertEquals("SubscriptionTerminatedEvent", XsiEvent.parse(channel.next(WAIT)).type());
    }

    @Test
    void aUserMaySubscribeToItselfButNotToAnotherUser() throws Exception {
        RawEventChannel own = closeLater(RawEventChannel.open(sim.xspBaseUri(0), user(0), PASSWORD,
                RawEventChannel.body("own", 1, 50, 3600, null)));
        own.next(WAIT);
        XsiTestClient self = as(user(0));

        assertEquals(200, self.post(XsiTestClient.EVENTS + "/user/" + user(0),
                XsiTestClient.subscription("Basic Call", 3600, "own", null)).statusCode());
        HttpResponse<String> other = self.post(XsiTestClient.EVENTS + "/user/" + user(1),
                XsiTestClient.subscription("Basic Call", 3600, "own", null));
        assertEquals(403, other.statusCode());
        assertEquals("ErrorInfo", XsiEvent.parse(other.body()).rootName());
    }

    @Test
    void badSubscriptionRequestsGetTheDocumentedErrors() {
        String body = XsiTestClient.subscription("Basic Call", 3600, "s", null);
        assertEquals(404, admin().post(XsiTestClient.EVENTS + "/user/nobody@sim.example", body).statusCode());
        assertEquals(400, admin().post(XsiTestClient.EVENTS + "/user/" + user(0),
                XsiTestClient.subscription("Basic Calls", 3600, "s", null)).statusCode());
        assertEquals(400, admin().post(XsiTestClient.EVENTS + "/user/" + user(0), "<Subscription").statusCode());
        assertEquals(400, admin().post(XsiTestClient.EVENTS + "/user/" + user(0),
                "<Subscription xmlns=\"http://schema.broadsoft.com/xsi\"><event>Basic Call</event>"
                        + "<httpContact><uri>http://x</uri></httpContact></Subscription>").statusCode());
        assertEquals(400, admin().post(XsiTestClient.EVENTS + "/user/" + user(0),
                XsiTestClient.subscription("Call Center Agent", 3600, "s", null)).statusCode(),
                "user 0 is no Call Center agent");
    }

    @Test
    void subscriptionsSurviveChannelLossAndRefreshReachesTheNewChannel() throws Exception {
        RawEventChannel first = channel(0, "set-1");
        String id = subscribe(XsiTestClient.EVENTS + "/user/" + user(0), "Advanced Call", 3600, "set-1");
        first.next(WAIT);
        first.close();
        io.bwjtapi.testsupport.Await.until(WAIT, "channel gone", () -> sim.channels().isEmpty());

        RawEventChannel second = channel(1, "set-1");
        assertEquals(200, admin(1).put(XsiTestClient.EVENTS + "/subscription/" + id, "").statusCode());

        XsiEvent snapshot = XsiEvent.parse(second.next(WAIT));
        assertEquals(id, snapshot.subscriptionId());
        assertEquals(second.seen().size(), 2);
    }

    @Test
    void eventsAreSpreadOverTheChannelsOfTheSetByWeight() throws Exception {
        RawEventChannel a = channel(0, "set-1");
        RawEventChannel b = channel(1, "set-1");
        String id = subscribe(XsiTestClient.EVENTS + "/user/" + user(0), "Basic Call", 3600, "set-1");
        for (int i = 0; i < 30; i++) {
            admin().put(XsiTestClient.EVENTS + "/subscription/" + id, "");
        }
        io.bwjtapi.testsupport.Await.until(WAIT, "31 snapshots",
                () -> a.seen().size() + b.seen().size() == 2 + 31);
        assertTrue(a.seen().size() > 3 && b.seen().size() > 3,
                "both channels carry events: " + a.seen().size() + "/" + b.seen().size());
        Set<Integer> sequences = new HashSet<>();
        a.seen().stream().skip(1).forEach(x -> sequences.add(XsiEvent.parse(x).sequence()));
        b.seen().stream().skip(1).forEach(x -> sequences.add(XsiEvent.parse(x).sequence()));
        assertEquals(31, sequences.size(), "each sequence number once, across both channels");
    }

    @Test
    void theLowestPriorityValueWinsOverWeight() throws Exception {
        RawEventChannel preferred = closeLater(RawEventChannel.open(sim.xspBaseUri(0), ADMIN, PASSWORD,
                RawEventChannel.body("set-1", 1, 1, 3600, null)));
        preferred.next(WAIT);
        RawEventChannel backup = closeLater(RawEventChannel.open(sim.xspBaseUri(1), ADMIN, PASSWORD,
                RawEventChannel.body("set-1", 2, 100, 3600, null)));
        backup.next(WAIT);
        String id = subscribe(XsiTestClient.EVENTS + "/user/" + user(0), "Basic Call", 3600, "set-1");
        for (int i = 0; i < 5; i++) {
            admin().put(XsiTestClient.EVENTS + "/subscription/" + id, "");
        }
        io.bwjtapi.testsupport.Await.until(WAIT, "6 snapshots", () -> preferred.seen().size() == 7);
        assertEquals(1, backup.seen().size());
    }
}
