package io.bwjtapi.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bwjtapi.simulator.support.RawEventChannel;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Faults that reshape the stream itself: split documents and injected chunks. */
class StreamShapingIT extends SimulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private RawEventChannel channel() throws Exception {
        RawEventChannel channel = closeLater(RawEventChannel.open(sim.xspBaseUri(0), ADMIN, PASSWORD,
                RawEventChannel.body("shaping", 1, 50, 3600, null)));
        channel.next(WAIT);
        return channel;
    }

    @Test
    void aSplitDocumentArrivesAsTwoChunksThatJoinToOneDocument() throws Exception {
        RawEventChannel channel = channel();
        sim.inject(new Fault.SplitChunks(1));

        admin().post(XsiTestClient.EVENTS + "/user/" + user(0), XsiTestClient.subscription("Basic Call", 3600,
                "shaping", null));

        String head = channel.next(WAIT);
        String tail = channel.next(WAIT);
        assertFalse(head.endsWith("</xsi:Event>"));
        assertEquals("CallSubscriptionEvent", XsiEvent.parse(head + tail).type());
    }

    @Test
    void anInjectedChunkArrivesVerbatimAndTheChannelCarriesOn() throws Exception {
        RawEventChannel channel = channel();
        String channelId = sim.channels().get(0).channelId();
        String hostile = "<?xml version=\"1.0\"?><xsi:Event xmlns:xsi=\"http://schema.broadsoft.com/xsi\"><broken";

        sim.inject(new Fault.InjectChunk(channelId, hostile));

        assertEquals(hostile, channel.next(WAIT));
        assertEquals(200, admin().put(XsiTestClient.EVENTS + "/channel/" + channelId + "/heartbeat", null).statusCode());
        assertEquals("ChannelHeartBeat", XsiEvent.parse(channel.next(WAIT)).rootName());
    }
}
