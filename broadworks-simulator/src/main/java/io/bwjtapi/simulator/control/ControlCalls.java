package io.bwjtapi.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.TruthCall;
import io.bwjtapi.simulator.model.TruthHalf;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /control/calls} {from, to} and {@code POST /control/calls/{extTrackingId}/answer|release|hold|retrieve}
 * {user}. Without a user, answer picks the party that is ringing and release the external party (or the
 * caller).
 */
final class ControlCalls {
    private final BroadWorksSimulator sim;

    ControlCalls(BroadWorksSimulator sim) {
        this.sim = sim;
    }

    ControlApi.Reply route(String method, List<String> s, JsonNode body) {
        if (!method.equals("POST")) {
            return ControlApi.error(405, "calls accept POST only");
        }
        if (s.size() == 1) {
            return ControlApi.ok(ControlApi.call(dial(text(body, "from"), text(body, "to"))));
        }
        if (s.size() != 3) {
            return null;
        }
        String extTrackingId = s.get(1);
        String user = body.path("user").asText(null);
        CallRef ref;
        switch (s.get(2)) {
            case "answer" -> ref = answer(extTrackingId, user);
            case "release" -> ref = release(extTrackingId, user);
            case "hold" -> ref = sim.hold(required(user, "hold"), callId(extTrackingId, user));
            case "retrieve" -> ref = sim.retrieve(required(user, "retrieve"), callId(extTrackingId, user));
            default -> {
                return null;
            }
        }
        return ControlApi.ok(ControlApi.call(ref));
    }

    /** A user dials, or, when {@code from} is not a user, an external number calls in. */
    private CallRef dial(String from, String to) {
        boolean internal = sim.users().stream().anyMatch(u -> u.userId().equals(from) || u.dn().equals(from)
                || u.extension().equals(from));
        return internal ? sim.dial(sim.user(from).userId(), to) : sim.dialFromExternal(from, to);
    }

    private CallRef answer(String extTrackingId, String user) {
        if (user != null) {
            return sim.answer(user, callId(extTrackingId, user));
        }
        TruthHalf ringing = call(extTrackingId).halves().stream()
                .filter(h -> h.state() == CallState.ALERTING && h.personality() == Personality.TERMINATOR)
                .findFirst().orElseThrow(() -> new SimulatorException(Reason.INVALID_STATE,
                        "nobody is ringing in call " + extTrackingId));
        return ringing.external() ? sim.answerExternal(extTrackingId) : sim.answer(ringing.party(), ringing.callId());
    }

    private CallRef release(String extTrackingId, String user) {
        if (user != null) {
            return sim.release(user, callId(extTrackingId, user));
        }
        Optional<TruthHalf> external = call(extTrackingId).halves().stream().filter(TruthHalf::external).findFirst();
        if (external.isPresent()) {
            return sim.releaseExternal(extTrackingId);
        }
        TruthHalf first = call(extTrackingId).halves().get(0);
        return sim.release(first.party(), first.callId());
    }

    private TruthCall call(String extTrackingId) {
        TruthCall call = sim.truth().call(extTrackingId);
        if (call == null) {
            throw new SimulatorException(Reason.NOT_FOUND, "no call " + extTrackingId);
        }
        return call;
    }

    private String callId(String extTrackingId, String user) {
        CallRef ref = sim.call(extTrackingId)
                .orElseThrow(() -> new SimulatorException(Reason.NOT_FOUND, "no call " + extTrackingId));
        String callId = ref.callIds().get(user);
        if (callId == null) {
            throw new SimulatorException(Reason.NOT_FOUND, user + " is not in call " + extTrackingId);
        }
        return callId;
    }

    private static String required(String user, String action) {
        if (user == null) {
            throw new IllegalArgumentException(action + " needs {\"user\": userId}");
        }
        return user;
    }

    private static String text(JsonNode body, String field) {
        String value = body.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field \"" + field + "\" is required");
        }
        return value;
    }
}
