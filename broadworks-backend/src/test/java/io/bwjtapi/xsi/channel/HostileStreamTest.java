package io.bwjtapi.xsi.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.testsupport.Await;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiCredentials;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.XsiLifecycleListener;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad documents on a live channel are logged, counted and reported; the channel and its events go on. */
class HostileStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private FakeXsp xsp;
    private XsiClient client;
    private EventChannel channel;
    private final List<SubscriptionEvent> delivered = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<String> unknownTypes = new CopyOnWriteArrayList<>();
    private final List<ChannelCloseReason> closes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openAChannelAndSubscribe() throws Exception {
        xsp = new FakeXsp(null);
        client = XsiClient.create(XsiClientConfig.builder(List.of(XsiEndpoint.http("127.0.0.1", xsp.port())),
                XsiCredentials.of("admin", "pw")).maxDocumentSize(64 * 1024).heartbeatInterval(Duration.ofMinutes(1))
                .build());
        client.setEventConsumer((user, e) -> delivered.add(e));
        client.addLifecycleListener(new XsiLifecycleListener() {
            @Override
            public void decodeFailure(EventChannel c, String detail) {
                failures.add(detail);
            }

            @Override
            public void unknownEventType(String typeName) {
                unknownTypes.add(typeName);
            }

            @Override
            public void channelClosed(EventChannel c, ChannelCloseReason reason) {
                closes.add(reason);
            }
        });
        channel = client.channels().open(XsiEndpoint.http("127.0.0.1", xsp.port())).get(5, TimeUnit.SECONDS);
        client.subscriptions().subscribe("user@example.com").get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        client.close();
        xsp.close();
    }

    private long acks(String status) {
        return xsp.requests().stream().filter(r -> r.uri().endsWith("/eventresponse")
                && r.body().contains("<statusCode>" + status + "</statusCode>")).count();
    }

    @Test
    void garbageHostileAndOversizedDocumentsAreDroppedAndTheChannelGoesOn() {
        xsp.push("this is not xml\n");
        xsp.push("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<ChannelHeartBeat xmlns=\"http://schema.broadsoft.com/xsi\">&lol2;</ChannelHeartBeat>");
        xsp.push("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelId>&xxe;</channelId></Channel>");
        byte[] filler = "<a>0123456789</a>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        xsp.push("<?xml version=\"1.0\"?><Event xmlns=\"http://schema.broadsoft.com/xsi\">");
        for (int i = 0; i < 10; i++) {
            xsp.push(filler); // 170 KB, well over the 64 KB limit
        }
        xsp.push("</Event>");
        String broken = FakeXsp.hookStatus("ev-broken", 2);
        xsp.push(broken.replace("</xsi:hookStatus>", "</xsi:hook>"));
        String good = FakeXsp.hookStatus("ev-good", 3);
        xsp.push(good.substring(0, 100));
        xsp.push(good.substring(100, 333));
        xsp.push(good.substring(333));

        Await.until(WAIT, "the good event delivered", () -> delivered.stream()
                .anyMatch(e -> e.eventId().equals("ev-good")), delivered::toString);
        assertEquals(ChannelState.OPEN, channel.state());
        assertEquals(5, failures.size(), failures::toString);
        assertEquals(5, client.stats().decodeFailures());
        Await.until(WAIT, "the broken event acknowledged with 400", () -> acks("400") == 1);
        Await.until(WAIT, "the good event acknowledged with 200", () -> acks("200") == 1);
        assertTrue(failures.stream().anyMatch(f -> f.contains("DTD")), failures::toString);
        assertTrue(failures.stream().anyMatch(f -> f.contains("oversized")), failures::toString);
    }

    @Test
    void anUnknownEventTypeIsDeliveredAsUnknownAndReportedOnce() {
        xsp.push(FakeXsp.event("ev-1", 2, "CallTeleportedEvent", "<xsi:call><xsi:x/></xsi:call>"));
        xsp.push(FakeXsp.event("ev-2", 3, "CallTeleportedEvent", ""));
        Await.until(WAIT, "both delivered", () -> delivered.size() == 2, delivered::toString);
        assertTrue(delivered.stream().allMatch(e -> e.data().type() == EventDataType.UNKNOWN));
        assertEquals(List.of("CallTeleportedEvent"), unknownTypes);
        Await.until(WAIT, "unknown events are acknowledged too", () -> acks("200") == 2);
    }

    @Test
    void theXspEndingTheStreamClosesTheChannelAsEof() {
        xsp.endStream();
        Await.until(WAIT, "closed", () -> channel.state() == ChannelState.CLOSED);
        assertEquals(ChannelCloseReason.Kind.EOF, closes.get(0).kind());
    }
}
