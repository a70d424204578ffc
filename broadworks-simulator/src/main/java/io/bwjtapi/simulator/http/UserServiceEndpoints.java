package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.engine.SwitchEvent;
import io.bwjtapi.simulator.model.AgentState;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.xsi.RequestXml;
import io.bwjtapi.simulator.xsi.XsiDocuments;
import java.util.List;
import org.w3c.dom.Element;

/**
 * {@code user/<userId>/directories/Group|Enterprise} (paged with {@code start} and {@code results}) and
 * {@code user/<userId>/services/CallCenter} (the agent's ACD state).
 */
final class UserServiceEndpoints implements Endpoint {
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 1000;

    private final SwitchCore core;

    UserServiceEndpoints(SwitchCore core) {
        this.core = core;
    }

    @Override
    public XsiResponse handle(XsiRequest request, Login login, List<String> segments) {
        if (!Endpoint.is(segments, 0, "user") || segments.size() != 4) {
            return null;
        }
        boolean directory = segments.get(2).equals("directories")
                && (segments.get(3).equals("Group") || segments.get(3).equals("Enterprise"));
        boolean callCenter = segments.get(2).equals("services") && segments.get(3).equals("CallCenter");
        if (!directory && !callCenter) {
            return null;
        }
        SimUser user = Endpoint.target(core, login, segments.get(1));
        if (directory) {
            return request.method().equals("GET") ? directory(request, segments.get(3))
                    : Endpoint.methodNotAllowed(request);
        }
        if (!user.callCenterAgent()) {
            throw new SimulatorException(Reason.BAD_REQUEST, user.userId() + " has no Call Center service");
        }
        switch (request.method()) {
            case "GET":
                return callCenter(user);
            case "PUT":
                updateCallCenter(request, user);
                return XsiResponse.ok();
            default:
                return Endpoint.methodNotAllowed(request);
        }
    }

    private XsiResponse directory(XsiRequest request, String kind) {
        int start = intParam(request, "start", 1, Integer.MAX_VALUE, 1);
        int results = intParam(request, "results", 1, MAX_PAGE, DEFAULT_PAGE);
        List<SimUser> users = core.directory().all();
        List<SimUser> page = start > users.size() ? List.of()
                : users.subList(start - 1, Math.min(users.size(), start - 1 + results));
        boolean enterprise = kind.equals("Enterprise");
        return XsiResponse.ok(XsiDocuments.directory(kind, enterprise ? "enterpriseDirectory" : "groupDirectory",
                start, page, users.size(), enterprise ? core.config().enterpriseId() : null));
    }

    private XsiResponse callCenter(SimUser user) {
        SwitchEvent.AgentChanged state = core.agentState(user);
        boolean available = state.state() == AgentState.AVAILABLE;
        return XsiResponse.ok(XsiDocuments.callCenter(state.state().wire(), state.unavailableCode(),
                core.callCenterId(), available));
    }

    private void updateCallCenter(XsiRequest request, SimUser user) {
        Element root = RequestXml.parse(request.body(), "CallCenter");
        String wire = RequestXml.text(root, "agentACDState");
        if (wire == null) {
            return; // other settings of the service are accepted and not modelled
        }
        AgentState state = AgentState.fromWire(wire).orElseThrow(
                () -> new SimulatorException(Reason.BAD_REQUEST, "unknown agentACDState " + wire));
        if ("true".equalsIgnoreCase(request.param("validateSignOut")) && state != AgentState.SIGN_OUT) {
            throw new SimulatorException(Reason.BAD_REQUEST, "validateSignOut accepts only Sign-Out");
        }
        core.setAgentState(user.userId(), state, RequestXml.text(root, "agentUnavailableCode"));
    }

    private static int intParam(XsiRequest request, String name, int min, int max, int absent) {
        String value = request.param(name);
        if (value == null) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new SimulatorException(Reason.BAD_REQUEST, name + " must be a number from " + min + " to " + max);
        }
    }
}
