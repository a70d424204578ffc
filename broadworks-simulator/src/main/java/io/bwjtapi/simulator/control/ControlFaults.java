package io.bwjtapi.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.fault.EventScope;
import io.bwjtapi.simulator.fault.Fault;
import io.bwjtapi.simulator.fault.RequestMatcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /control/faults/…}: as-crash {resync}, as-recover, xsp/{i}/kill|partition|restore,
 * events/drop|duplicate|reorder|delay {subscriptionId?, count?, delayMillis?}, respond-status {method?,
 * pathRegex, status, count?}, slow-ack {delayMillis}, split-chunks {count}, inject-chunk {channelId?, content},
 * clear.
 */
final class ControlFaults {
    private final BroadWorksSimulator sim;

    ControlFaults(BroadWorksSimulator sim) {
        this.sim = sim;
    }

    ControlApi.Reply route(List<String> s, JsonNode body) {
        String name = s.size() > 1 ? s.get(1) : "";
        if (s.size() == 4 && name.equals("xsp")) {
            return xsp(Integer.parseInt(s.get(2)), s.get(3));
        }
        if (s.size() == 3 && name.equals("events")) {
            return events(s.get(2), body);
        }
        if (s.size() != 2) {
            return null;
        }
        switch (name) {
            case "as-crash" -> sim.asCrash(body.path("resync").asBoolean(true));
            case "as-recover" -> sim.asRecover();
            case "clear" -> sim.clearFaults();
            case "respond-status" -> sim.inject(new Fault.RespondStatus(new RequestMatcher(
                    body.path("method").asText(null), required(body, "pathRegex")),
                    body.path("status").asInt(503), body.path("count").asInt(Fault.UNLIMITED)));
            case "slow-ack" -> sim.slowAcknowledgement(Duration.ofMillis(body.path("delayMillis").asLong(1000)));
            case "split-chunks" -> sim.inject(new Fault.SplitChunks(body.path("count").asInt(1)));
            case "inject-chunk" -> sim.inject(new Fault.InjectChunk(body.path("channelId").asText(null),
                    required(body, "content")));
            default -> {
                return null;
            }
        }
        return ControlApi.ok(Map.of("fault", name));
    }

    private ControlApi.Reply xsp(int index, String action) {
        switch (action) {
            case "kill" -> sim.killXsp(index);
            case "partition" -> sim.partitionXsp(index);
            case "restore" -> sim.restoreXsp(index);
            default -> {
                return null;
            }
        }
        return ControlApi.ok(sim.xspStatus(index));
    }

    private ControlApi.Reply events(String kind, JsonNode body) {
        String subscriptionId = body.path("subscriptionId").asText(null);
        EventScope scope = subscriptionId == null ? EventScope.ALL : EventScope.subscription(subscriptionId);
        int count = body.path("count").asInt(1);
        switch (kind) {
            case "drop" -> sim.dropEvents(scope, count);
            case "duplicate" -> sim.duplicateEvents(scope, count);
            case "reorder" -> sim.reorderEvents(scope, count);
            case "delay" -> sim.delayEvents(scope, Duration.ofMillis(body.path("delayMillis").asLong(1000)), count);
            default -> {
                return null;
            }
        }
        return ControlApi.ok(Map.of("fault", kind, "count", count));
    }

    private static String required(JsonNode body, String field) {
        String value = body.path(field).asText(null);
        if (value == null) {
            throw new IllegalArgumentException("field \"" + field + "\" is required");
        }
        return value;
    }
}
