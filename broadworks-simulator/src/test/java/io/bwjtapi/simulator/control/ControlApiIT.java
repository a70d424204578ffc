package io.bwjtapi.simulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.testsupport.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlApiIT extends SimulatorIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.controlPort(0);
    }

    private JsonNode call(String method, String path, String body, int expectedStatus) throws Exception {
        URI uri = sim.controlBaseUri().orElseThrow().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        return JSON.readTree(response.body());
    }

    @Test
    void stateAndUsers() throws Exception {
        JsonNode state = call("GET", "/control/state", null, 200);
        assertEquals(2, state.get("xsps").size());
        assertEquals(sim.xspBaseUri(1).getPort(), state.get("xsps").get(1).get("port").asInt());
        assertTrue(state.get("primaryAsUp").asBoolean());
        assertEquals(6, state.get("users").asInt());

        JsonNode users = call("GET", "/control/users", null, 200);
        assertEquals(6, users.size());
        JsonNode first = users.get(0);
        assertEquals(user(0), first.get("userId").asText());
        for (String field : new String[] {"dn", "extension", "device"}) {
            assertFalse(first.get(field).asText().isEmpty(), field);
        }
    }

    @Test
    void callsAreDialledAnsweredHeldAndReleased() throws Exception {
        Monitor monitor = monitor("control");
        monitor.subscribe(user(1), "Advanced Call");
        JsonNode call = call("POST", "/control/calls", "{\"from\":\"" + user(0) + "\",\"to\":\""
                + sim.user(user(1)).extension() + "\"}", 200);
        String ext = call.get("extTrackingId").asText();
        assertTrue(call.get("callIds").has(user(1)));

        call("POST", "/control/calls/" + ext + "/answer", "{}", 200);
        call("POST", "/control/calls/" + ext + "/hold", "{\"user\":\"" + user(1) + "\"}", 200);
        call("POST", "/control/calls/" + ext + "/release", "{\"user\":\"" + user(0) + "\"}", 200);

        monitor.awaitTypes(user(1), "CallReceivedEvent", "HookStatusEvent", "CallAnsweredEvent", "CallHeldEvent",
                "CallReleasedEvent", "HookStatusEvent");
    }

    @Test
    void externalCallersAndTheNetworkSide() throws Exception {
        JsonNode call = call("POST", "/control/calls", "{\"from\":\"+4930111\",\"to\":\"" + user(2) + "\"}", 200);
        String ext = call.get("extTrackingId").asText();
        call("POST", "/control/calls/" + ext + "/answer", null, 200);
        call("POST", "/control/calls/" + ext + "/release", null, 200);
        assertTrue(sim.truth().calls().isEmpty());
    }

    @Test
    void faultsAndUserDeletion() throws Exception {
        String ext = call("POST", "/control/calls", "{\"from\":\"" + user(0) + "\",\"to\":\"" + user(1) + "\"}", 200)
                .get("extTrackingId").asText();
        call("POST", "/control/faults/as-crash", "{\"resync\":false}", 200);
        assertFalse(sim.truth().primaryUp());
        assertEquals(1, call("GET", "/control/state", null, 200).get("mediaOnlyCalls").asInt());
        call("POST", "/control/calls/" + ext + "/answer", "{}", 404);
        call("POST", "/control/faults/as-recover", null, 200);
        assertTrue(sim.truth().primaryUp());

        JsonNode killed = call("POST", "/control/faults/xsp/1/kill", null, 200);
        assertFalse(killed.get("running").asBoolean());
        assertTrue(call("POST", "/control/faults/xsp/1/partition", null, 200).get("partitioned").asBoolean());
        assertTrue(call("POST", "/control/faults/xsp/1/restore", null, 200).get("running").asBoolean());

        call("POST", "/control/users/" + user(5) + "/delete", null, 200);
        assertEquals(5, sim.users().size());
    }

    @Test
    void requestAndEventFaultsAreMirrored() throws Exception {
        call("POST", "/control/faults/respond-status", "{\"method\":\"GET\",\"pathRegex\":\".*/calls\","
                + "\"status\":503,\"count\":1}", 200);
        assertEquals(503, admin().get(io.bwjtapi.simulator.support.XsiTestClient.ACTIONS + "/user/" + user(0)
                + "/calls").statusCode());
        Monitor monitor = monitor("control-faults");
        String subscription = monitor.subscribe(user(0), "Basic Call");
        call("POST", "/control/faults/events/drop", "{\"subscriptionId\":\"" + subscription + "\",\"count\":1}",
                200);
        admin().put(io.bwjtapi.simulator.support.XsiTestClient.EVENTS + "/subscription/" + subscription, "");
        admin().put(io.bwjtapi.simulator.support.XsiTestClient.EVENTS + "/subscription/" + subscription, "");
        Await.until(Duration.ofSeconds(5), "third snapshot", () -> monitor.events(user(0)).size() == 2);
        assertEquals(3, monitor.events(user(0)).get(1).sequence(), "sequence 2 was dropped");
        call("POST", "/control/faults/inject-chunk", "{\"content\":\"garbage\"}", 200);
        call("POST", "/control/faults/slow-ack", "{\"delayMillis\":10}", 200);
        call("POST", "/control/faults/split-chunks", "{\"count\":1}", 200);
        call("POST", "/control/faults/events/teleport", "{}", 404);
        call("POST", "/control/faults/clear", null, 200);
    }

    @Test
    void trafficStartsAndStops() throws Exception {
        JsonNode profile = call("POST", "/control/traffic", "{\"callsPerSecond\":50,\"holdMillis\":100,"
                + "\"answerMillis\":20}", 200);
        assertEquals(50.0, profile.get("callsPerSecond").asDouble());
        Await.until(Duration.ofSeconds(5), "generated calls complete",
                () -> sim.trafficStats().completed() > 5, () -> sim.trafficStats());
        assertEquals(50.0, call("GET", "/control/state", null, 200).get("traffic").get("callsPerSecond").asDouble());

        JsonNode stats = call("DELETE", "/control/traffic", null, 200);
        assertTrue(stats.get("started").asLong() > 5);
        assertTrue(call("GET", "/control/state", null, 200).get("traffic").isNull());
    }

    @Test
    void mistakesGetJsonErrors() throws Exception {
        assertTrue(call("GET", "/control/nothing", null, 404).has("error"));
        assertTrue(call("POST", "/control/calls", "{\"from\":", 400).has("error"));
        assertTrue(call("POST", "/control/calls", "{\"to\":\"x\"}", 400).get("error").asText().contains("from"));
        call("POST", "/control/calls/none/answer", "{}", 404);
        call("POST", "/control/users/nobody/delete", null, 404);
        call("POST", "/control/faults/xsp/7/kill", null, 400);
    }
}
