package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.engine.CallEngine;
import io.bwjtapi.simulator.model.ReleaseCause;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.xsi.XsiDocuments;
import java.util.List;
import java.util.Set;

/**
 * Xsi-Actions call control under {@code user/<userId>/calls}: list, detail, click-to-dial, Talk, Hold,
 * Reconnect, release and decline, BlindTransfer, ConsultTransfer, TransmitDTMF and HookStatus. Conference
 * resources are delegated to {@link ConferenceEndpoints}.
 */
final class CallEndpoints implements Endpoint {
    private static final String ACTIONS = "/com.broadsoft.xsi-actions/v2.0";
    private static final Set<String> CALL_ACTIONS = Set.of("Talk", "Hold", "Reconnect", "BlindTransfer", "TransmitDTMF");

    private final SwitchCore core;
    private final CallEngine engine;
    private final ConferenceEndpoints conferences;

    CallEndpoints(SwitchCore core) {
        this.core = core;
        this.engine = core.engine();
        this.conferences = new ConferenceEndpoints(core);
    }

    @Override
    public XsiResponse handle(XsiRequest request, Login login, List<String> segments) {
        if (!Endpoint.is(segments, 0, "user") || !Endpoint.is(segments, 2, "calls")) {
            return null;
        }
        SimUser user = Endpoint.target(core, login, segments.get(1));
        List<String> rest = segments.subList(3, segments.size());
        if (rest.isEmpty()) {
            return request.method().equals("GET") ? list(user) : Endpoint.methodNotAllowed(request);
        }
        String first = rest.get(0);
        if (first.equals("Conference")) {
            return conferences.handle(request, user, rest.subList(1, rest.size()));
        }
        if (rest.size() == 1 && first.equals("new")) {
            return request.method().equals("POST") ? clickToDial(request, user) : Endpoint.methodNotAllowed(request);
        }
        if (rest.size() == 1 && first.equals("HookStatus")) {
            return request.method().equals("GET")
                    ? XsiResponse.ok(XsiDocuments.hookStatus(engine.hookStatus(user.userId())))
                    : Endpoint.methodNotAllowed(request);
        }
        if (rest.size() == 1) {
            return call(request, user, first);
        }
        return callAction(request, user, first, rest.subList(1, rest.size()));
    }

    private XsiResponse list(SimUser user) {
        List<XsiDocuments.CallEntry> entries = engine.calls(user.userId()).stream()
                .map(c -> new XsiDocuments.CallEntry(c.callId(), "/v2.0/user/" + user.userId() + "/calls/" + c.callId(),
                        engine.inConference(user.userId(), c.callId())))
                .toList();
        return XsiResponse.ok(XsiDocuments.calls(entries));
    }

    private XsiResponse clickToDial(XsiRequest request, SimUser user) {
        CallRef ref = engine.clickToDial(user.userId(), request.param("address"));
        String callId = ref.callIdOf(user.userId());
        return XsiResponse.created(ACTIONS + "/user/" + user.userId() + "/calls/" + callId,
                XsiDocuments.callStartInfo(callId, ref.extTrackingId()));
    }

    private XsiResponse call(XsiRequest request, SimUser user, String callId) {
        switch (request.method()) {
            case "GET":
                return XsiResponse.ok(XsiDocuments.call(engine.call(user.userId(), callId,
                        "true".equalsIgnoreCase(request.param("allowDetached")))));
            case "DELETE":
                if ("true".equalsIgnoreCase(request.param("decline"))) {
                    engine.decline(user.userId(), callId, declineCause(request.param("declineReason")));
                } else {
                    engine.release(user.userId(), callId);
                }
                return XsiResponse.ok();
            default:
                return Endpoint.methodNotAllowed(request);
        }
    }

    private XsiResponse callAction(XsiRequest request, SimUser user, String callId, List<String> action) {
        String userId = user.userId();
        String name = action.get(0);
        boolean consult = action.size() == 2 && name.equals("ConsultTransfer");
        if (!consult && (action.size() != 1 || !CALL_ACTIONS.contains(name))) {
            return null;
        }
        if (!request.method().equals("PUT")) {
            return Endpoint.methodNotAllowed(request);
        }
        switch (name) {
            case "ConsultTransfer" -> engine.consultTransfer(userId, callId, action.get(1));
            case "Talk" -> engine.answer(userId, callId);
            case "Hold" -> engine.hold(userId, callId);
            case "Reconnect" -> engine.reconnect(userId, callId);
            case "BlindTransfer" -> engine.blindTransfer(userId, callId, request.param("address"));
            default -> engine.transmitDtmf(userId, callId, request.param("playdtmf"));
        }
        return XsiResponse.ok();
    }

    private static ReleaseCause declineCause(String reason) {
        if (reason == null || reason.equals("TemporarilyUnavailable")) {
            return ReleaseCause.TEMPORARILY_UNAVAILABLE;
        }
        if (reason.equals("Busy")) {
            return ReleaseCause.BUSY;
        }
        throw new SimulatorException(Reason.BAD_REQUEST, "declineReason must be Busy or TemporarilyUnavailable");
    }
}
