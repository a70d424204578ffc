package io.bwjtapi.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.support.RawEventChannel;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import io.bwjtapi.testsupport.Await;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** XSP kill (reset, refused), silent partition and restore. */
class XspFaultsIT extends SimulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private RawEventChannel channel(int xsp) throws Exception {
        RawEventChannel channel = closeLater(RawEventChannel.open(sim.xspBaseUri(xsp), ADMIN, PASSWORD,
                RawEventChannel.body("set", 1, 50, 3600, null)));
        channel.next(WAIT);
        return channel;
    }

    private String subscribe(int xsp) {
        String body = admin(xsp).post(XsiTestClient.EVENTS + "/user/" + user(0),
                XsiTestClient.subscription("Basic Call", 3600, "set", null)).body();
        return XsiEvent.parse(body).text("subscriptionId");
    }

    @Test
    void aKilledXspResetsItsConnectionsRefusesNewOnesAndComesBackOnTheSamePort() throws Exception {
        RawEventChannel onKilled = channel(0);
        RawEventChannel survivor = channel(1);
        URI killed = sim.xspBaseUri(0);

        sim.killXsp(0);

        assertTrue(onKilled.awaitEnd(WAIT).startsWith("reset") || onKilled.awaitEnd(WAIT).equals("eof"));
        assertThrows(ConnectException.class, () -> new Socket(killed.getHost(), killed.getPort()).close());
        assertEquals(1, sim.channels().size());
        subscribe(1);
        assertEquals("CallSubscriptionEvent", XsiEvent.parse(survivor.next(WAIT)).type(), "the set lives on");

        sim.restoreXsp(0);

        assertEquals(killed, sim.xspBaseUri(0));
        assertEquals(200, admin(0).get(XsiTestClient.ACTIONS + "/user/" + user(0) + "/calls").statusCode());
    }

    @Test
    void aPartitionedXspIsSilentAndDeliversWhatItHeldBackWhenRestored() throws Exception {
        RawEventChannel channel = channel(0);
        String subscriptionId = subscribe(1);
        channel.next(WAIT);

        sim.partitionXsp(0);
        admin(1).put(XsiTestClient.EVENTS + "/subscription/" + subscriptionId, "");
        assertNull(channel.poll(Duration.ofMillis(400)), "nothing leaves a partitioned XSP");
        assertFalse(channel.isEnded(), "no FIN, no RST");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(sim.xspBaseUri(0).getHost(), sim.xspBaseUri(0).getPort()), 2000);
            socket.setSoTimeout(400);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            out.write(("GET " + XsiTestClient.ACTIONS + "/user/" + user(0) + "/calls HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Basic " + auth + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThrows(SocketTimeoutException.class, in::read, "a new connection is accepted but never answered");

            sim.restoreXsp(0);

            socket.setSoTimeout(5000);
            byte[] head = in.readNBytes(12);
            assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.US_ASCII), "the held request is answered");
        }
        assertEquals("CallSubscriptionEvent", XsiEvent.parse(channel.next(WAIT)).type(), "held-back event arrives");
    }
}
