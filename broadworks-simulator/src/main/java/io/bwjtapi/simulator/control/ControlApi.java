package io.bwjtapi.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.load.HoldTimeDistribution;
import io.bwjtapi.simulator.load.TrafficProfile;
import io.bwjtapi.simulator.model.SimUser;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON control API: the embedded Java API's state, call control, faults and traffic over HTTP, for the
 * standalone simulator and for tools in other languages. Transport-independent; see the README for routes.
 */
public final class ControlApi {
    /** An answer: HTTP status and a body that is serialised as JSON. */
    public record Reply(int status, Object body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BroadWorksSimulator sim;
    private final ControlCalls calls;
    private final ControlFaults faults;

    public ControlApi(BroadWorksSimulator sim) {
        this.sim = sim;
        this.calls = new ControlCalls(sim);
        this.faults = new ControlFaults(sim);
    }

    /** Serialises a reply body. */
    public static byte[] toJson(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass(), e);
        }
    }

    /** Answers one request; never throws. */
    public Reply handle(String method, String path, String body) {
        try {
            if (!path.startsWith("/control/")) {
                return error(404, "no such resource: " + path);
            }
            List<String> segments = Arrays.asList(path.substring("/control/".length()).split("/"));
            JsonNode json = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            Reply reply = route(method, segments, json);
            return reply != null ? reply : error(404, "no such resource: " + method + " " + path);
        } catch (JsonProcessingException e) {
            return error(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (SimulatorException e) {
            return error(e.reason().httpStatus(), e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return error(400, e.getMessage());
        }
    }

    private Reply route(String method, List<String> s, JsonNode body) {
        String first = s.get(0);
        if (method.equals("GET") && s.size() == 1) {
            switch (first) {
                case "state":
                    return ok(ControlState.of(sim));
                case "users":
                    return ok(sim.users().stream().map(ControlApi::user).toList());
                case "truth":
                    return ok(sim.truth());
                case "traffic":
                    return ok(sim.trafficStats());
                default:
                    return null;
            }
        }
        if (first.equals("calls")) {
            return calls.route(method, s, body);
        }
        if (first.equals("faults") && method.equals("POST")) {
            return faults.route(s, body);
        }
        if (first.equals("users") && s.size() == 3 && s.get(2).equals("delete") && method.equals("POST")) {
            sim.deleteUser(s.get(1));
            return ok(Map.of("deleted", s.get(1)));
        }
        if (first.equals("traffic") && s.size() == 1) {
            return traffic(method, body);
        }
        return null;
    }

    private Reply traffic(String method, JsonNode body) {
        switch (method) {
            case "POST": {
                double cps = body.path("callsPerSecond").asDouble(1);
                long hold = body.path("holdMillis").asLong(30_000);
                TrafficProfile profile = new TrafficProfile(cps, Duration.ofMillis(hold),
                        HoldTimeDistribution.valueOf(body.path("distribution").asText("EXPONENTIAL")
                                .toUpperCase(Locale.ROOT)),
                        body.path("externalShare").asDouble(0.2),
                        Duration.ofMillis(body.path("answerMillis").asLong(1000)));
                sim.startTraffic(profile);
                return ok(profile(profile));
            }
            case "DELETE":
                sim.stopTraffic();
                return ok(sim.trafficStats());
            case "GET":
                return ok(sim.trafficStats());
            default:
                return error(405, method + " not supported on /control/traffic");
        }
    }

    static Map<String, Object> user(SimUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("userId", u.userId());
        m.put("dn", u.dn());
        m.put("extension", u.extension());
        m.put("firstName", u.firstName());
        m.put("lastName", u.lastName());
        m.put("device", u.deviceAddressOfRecord());
        m.put("callCenterAgent", u.callCenterAgent());
        return m;
    }

    static Map<String, Object> profile(TrafficProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("callsPerSecond", p.callsPerSecond());
        m.put("holdMillis", p.meanHold().toMillis());
        m.put("distribution", p.distribution().name());
        m.put("externalShare", p.externalShare());
        m.put("answerMillis", p.answerDelay().toMillis());
        return m;
    }

    static Map<String, Object> call(CallRef ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("extTrackingId", ref.extTrackingId());
        m.put("callIds", ref.callIds());
        return m;
    }

    static Reply ok(Object body) {
        return new Reply(200, body);
    }

    static Reply error(int status, String message) {
        return new Reply(status, Map.of("error", message == null ? "error" : message));
    }
}
