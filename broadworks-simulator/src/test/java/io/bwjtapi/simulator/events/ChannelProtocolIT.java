package io.bwjtapi.simulator.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.support.RawEventChannel;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChannelProtocolIT extends SimulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Override
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.eventTimeout(Duration.ofMillis(800));
    }

    private RawEventChannel open(int xsp, String setId, Integer expires, String applicationId) throws Exception {
        return closeLater(RawEventChannel.open(sim.xspBaseUri(xsp), ADMIN, PASSWORD,
                RawEventChannel.body(setId, 1, 50, expires, applicationId)));
    }

    @Test
    void channelCreationStreamsTheChannelDocumentAsTheFirstChunk() throws Exception {
        RawEventChannel channel = open(0, "set-1", 7200, null);

        assertEquals(200, channel.status());
        assertEquals("chunked", channel.header("transfer-encoding"));
        assertEquals("text/xml;charset=UTF-8", channel.header("content-type"));
        String first = channel.next(WAIT);
        assertTrue(first.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Channel "), first);
        XsiEvent doc = XsiEvent.parse(first);
        assertEquals("Channel", doc.rootName());
        assertNotNull(doc.text("channelId"));
        assertEquals("7200", doc.text("expires"));
    }

    @Test
    void requestedExpiryBelowTheMinimumIsRaisedTo3600() throws Exception {
        RawEventChannel channel = open(0, "set-1", 100, null);

        assertEquals("3600", XsiEvent.parse(channel.next(WAIT)).text("expires"));
    }

    @Test
    void heartbeatIsAnsweredWithAChannelHeartBeatChunkOnTheStream() throws Exception {
        RawEventChannel channel = open(0, "set-1", 3600, null);
        String channelId = XsiEvent.parse(channel.next(WAIT)).text("channelId");

        HttpResponse<String> response = admin().put(XsiTestClient.EVENTS + "/channel/" + channelId + "/heartbeat", null);

        assertEquals(200, response.statusCode());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ChannelHeartBeat xmlns=\"http://schema.broadsoft.com/xsi\"/>",
                channel.next(WAIT));
    }

    @Test
    void heartbeatForAnUnknownChannelOrOnAnotherXspIs404() throws Exception {
        RawEventChannel channel = open(0, "set-1", 3600, null);
        String channelId = XsiEvent.parse(channel.next(WAIT)).text("channelId");

        assertEquals(404, admin().put(XsiTestClient.EVENTS + "/channel/nope/heartbeat", null).statusCode());
        HttpResponse<String> otherXsp = admin(1).put(XsiTestClient.EVENTS + "/channel/" + channelId + "/heartbeat", null);
        assertEquals(404, otherXsp.statusCode());
        assertEquals("ErrorInfo", XsiEvent.parse(otherXsp.body()).rootName());
    }

    @Test
    void aChannelWithoutHeartbeatsIsTornDownAfterTheEventTimeout() throws Exception {
        RawEventChannel channel = open(0, "set-1", 3600, null);
        String channelId = XsiEvent.parse(channel.next(WAIT)).text("channelId");

        channel.awaitEnd(WAIT);

        assertEquals(404, admin().put(XsiTestClient.EVENTS + "/channel/" + channelId + "/heartbeat", null).statusCode());
        assertTrue(sim.channels().isEmpty());
    }

    @Test
    void heartbeatsKeepTheChannelAlive() throws Exception {
        RawEventChannel channel = open(0, "set-1", 3600, null);
        String channelId = XsiEvent.parse(channel.next(WAIT)).text("channelId");
        for (int i = 0; i < 6; i++) {
            assertEquals(200, admin().put(XsiTestClient.EVENTS + "/channel/" + channelId + "/heartbeat", null)
                    .statusCode());
            Thread.sleep(300); // pacing of a client's heartbeat timer, below the 800 ms eventTimeout
        }
        assertTrue(!channel.isEnded());
    }

    @Test
    void deleteSendsChannelTerminatedEventThenEndsTheStream() throws Exception {
        RawEventChannel channel = open(0, "set-1", 3600, null);
        String channelId = XsiEvent.parse(channel.next(WAIT)).text("channelId");

        assertEquals(200, admin().delete(XsiTestClient.EVENTS + "/channel/" + channelId).statusCode());

        XsiEvent terminated = XsiEvent.parse(channel.next(WAIT));
        assertEquals("ChannelTerminatedEvent", terminated.envelopeType());
        assertEquals("ExplicitDelete", terminated.text("reason"));
        assertEquals(channelId, terminated.text("channelId"));
        assertEquals("last-chunk", channel.awaitEnd(WAIT));
    }

    @Test
    void updateChangesOnlyTheExpiry() throws Exception {
        RawEventChannel channel = open(0, "set-1", 3600, null);
        String channelId = XsiEvent.parse(channel.next(WAIT)).text("channelId");

        HttpResponse<String> response = admin().put(XsiTestClient.EVENTS + "/channel/" + channelId,
                "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><priority>9</priority><expires>5000</expires></Channel>");

        assertEquals(200, response.statusCode());
        assertEquals("5000", XsiEvent.parse(response.body()).text("expires"));
        assertEquals(1, sim.channels().get(0).priority());
        assertEquals(5000, sim.channels().get(0).expires());
    }

    @Test
    void aNewChannelSetWithTheSameApplicationIdTerminatesTheOldSet() throws Exception {
        RawEventChannel old = open(0, "set-a", 3600, "app-1");
        old.next(WAIT);
        RawEventChannel sameSet = open(1, "set-a", 3600, "app-1");
        sameSet.next(WAIT);
        assertEquals(2, sim.channels().size());

        RawEventChannel replacement = open(0, "set-b", 3600, "app-1");
        replacement.next(WAIT);

        for (RawEventChannel c : new RawEventChannel[] {old, sameSet}) {
            XsiEvent terminated = XsiEvent.parse(c.next(WAIT));
            assertEquals("DuplicateChannelSet", terminated.text("reason"));
        }
        assertEquals(1, sim.channels().size());
        assertEquals("set-b", sim.channels().get(0).channelSetId());
    }

    @Test
    void creatingAChannelWithAChannelIdIsABadRequest() throws Exception {
        RawEventChannel channel = open(0, "x", null, null);
        channel.next(WAIT);
        RawEventChannel bad = closeLater(RawEventChannel.open(sim.xspBaseUri(0), ADMIN, PASSWORD,
                "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelId>mine</channelId>"
                        + "<channelSetId>s</channelSetId></Channel>"));

        assertEquals(400, bad.status());
        assertEquals("ErrorInfo", XsiEvent.parse(bad.errorBody()).rootName());
    }

    @Test
    void channelSetListsTheOpenChannelsOfTheSet() throws Exception {
        open(0, "set-1", 3600, null).next(WAIT);
        open(1, "set-1", 3600, null).next(WAIT);

        HttpResponse<String> response = admin().get(XsiTestClient.EVENTS + "/channelset/set-1");

        assertEquals(200, response.statusCode());
        assertEquals(2, XsiEvent.children(XsiEvent.parse(response.body()).eventDataOrRoot(), "channel").size());
    }

    @Test
    void aDocumentWrittenOntoTheChannelConnectionIsAcceptedOrAnsweredWithErrorEvent() throws Exception {
        RawEventChannel channel = open(0, "set-1", 3600, null);
        channel.next(WAIT);

        channel.writeRaw("<ChannelHeartBeat xmlns=\"http://schema.broadsoft.com/xsi\"/>");
        assertEquals("ChannelHeartBeat", XsiEvent.parse(channel.next(WAIT)).rootName());

        channel.writeRaw("<Hello xmlns=\"http://schema.broadsoft.com/xsi\">there</Hello>");
        XsiEvent error = XsiEvent.parse(channel.next(WAIT));
        assertEquals("ErrorEvent", error.envelopeType());
        assertNotNull(error.text("errorCode"));
    }
}
