package io.bwjtapi.simulator.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import io.bwjtapi.testsupport.Await;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Hostile and broken input never takes the simulator down. */
class RobustnessIT extends SimulatorIT {

    @Override
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.maxRequestBytes(4096).maxChannelBacklogBytes(32 * 1024);
    }

    private void stillServes() {
        assertEquals(200, admin().get(XsiTestClient.ACTIONS + "/user/" + user(0) + "/calls").statusCode());
    }

    @Test
    void malformedXmlIsABadRequest() {
        String path = XsiTestClient.EVENTS + "/user/" + user(0);
        assertEquals(400, admin().post(path, "<Subscription xmlns=\"http://schema.broadsoft.com/xsi\"><event>").statusCode());
        assertEquals(400, admin().post(path, "not xml at all").statusCode());
        assertEquals(400, admin().post(path, "<Subscription><event>Basic Call</event></Subscription>").statusCode(),
                "elements outside the BroadSoft namespace");
        assertEquals(400, admin().post(path, "").statusCode());
        stillServes();
    }

    @Test
    void entitiesAndDoctypesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Subscription xmlns=\"http://schema.broadsoft.com/xsi\"><event>&x;</event></Subscription>";
        HttpResponse<String> response = admin().post(XsiTestClient.EVENTS + "/user/" + user(0), xxe);
        assertEquals(400, response.statusCode());
        assertTrue(!response.body().contains("root:"), response.body());
        stillServes();
    }

    @Test
    void aHugeBodyGets413() {
        HttpResponse<String> response = admin().post(XsiTestClient.EVENTS + "/user/" + user(0), "<x>" + "a".repeat(10_000) + "</x>");
        assertEquals(413, response.statusCode());
        assertEquals("ErrorInfo", XsiEvent.parse(response.body()).rootName());
        stillServes();
    }

    @Test
    void garbageOnTheWireIsAnsweredAndClosed() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(sim.xspBaseUri(0).getHost(), sim.xspBaseUri(0).getPort()), 2000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("\u0000\u0001 definitely not HTTP\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer);
        }
        stillServes();
    }

    @Test
    void unknownPathsAre404AndBadAuthIs401() {
        assertEquals(404, admin().get("/").statusCode());
        assertEquals(404, admin().get("/com.broadsoft.xsi-actions/v2.0/").statusCode());
        assertEquals(404, admin().get(XsiTestClient.ACTIONS + "/user/" + user(0) + "/calls/a/b/c/d").statusCode());
        XsiTestClient anonymous = new XsiTestClient(sim.xspBaseUri(0), null, null);
        assertEquals(401, anonymous.get(XsiTestClient.EVENTS + "/channelset/x").statusCode());
        stillServes();
    }

    @Test
    void aReaderThatStopsReadingLosesItsChannelInsteadOfGrowingMemory() throws Exception {
        Monitor monitor = monitor("alive");
        monitor.subscribe(user(0), "Advanced Call");
        try (Socket dead = new Socket()) {
            dead.setReceiveBufferSize(4096);
            dead.connect(new InetSocketAddress(sim.xspBaseUri(1).getHost(), sim.xspBaseUri(1).getPort()), 2000);
            String body = "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelSetId>dead</channelSetId></Channel>";
            String auth = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            OutputStream out = dead.getOutputStream();
            out.write(("POST /com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Basic " + auth + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            sim.awaitChannels(2, Duration.ofSeconds(5));
            for (String u : new String[] {user(0), user(1)}) {
                assertEquals(200, admin().post(XsiTestClient.EVENTS + "/user/" + u,
                        XsiTestClient.subscription("Advanced Call", 3600, "dead", null)).statusCode());
            }

            int calls = 0;
            while (sim.channels().size() == 2 && calls < 20_000) {
                CallRef call = sim.dial(user(0), user(1));
                sim.answer(user(1), call.callIdOf(user(1)));
                sim.release(user(0), call.callIdOf(user(0)));
                calls++;
            }

            assertEquals(1, sim.channels().size(), "the dead reader's channel was dropped after " + calls + " calls");
            assertEquals("alive", sim.channels().get(0).channelSetId());
        }
        CallRef after = sim.dial(user(0), user(2));
        Await.until(Monitor.WAIT, "the live channel still gets events",
                () -> monitor.events(user(0)).stream().anyMatch(e -> e.type().equals("CallOriginatedEvent")
                        && after.callIdOf(user(0)).equals(e.call("callId"))));
        stillServes();
    }
}
