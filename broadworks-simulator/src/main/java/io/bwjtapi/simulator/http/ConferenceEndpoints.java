package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.xsi.RequestXml;
import io.bwjtapi.simulator.xsi.XsiDocuments;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** {@code user/<userId>/calls/Conference}: get, start (POST with participants), add a call (PUT), end (DELETE). */
final class ConferenceEndpoints {
    private final SwitchCore core;

    ConferenceEndpoints(SwitchCore core) {
        this.core = core;
    }

    XsiResponse handle(XsiRequest request, SimUser user, List<String> rest) {
        String userId = user.userId();
        if (rest.size() == 1) {
            if (!request.method().equals("PUT")) {
                return Endpoint.methodNotAllowed(request);
            }
            core.engine().conferenceAdd(userId, rest.get(0));
            return XsiResponse.ok();
        }
        if (!rest.isEmpty()) {
            return null;
        }
        switch (request.method()) {
            case "GET":
                return XsiResponse.ok(XsiDocuments.conference(core.engine().conference(userId).orElseThrow(
                        () -> new SimulatorException(Reason.NOT_FOUND, userId + " has no conference"))));
            case "POST":
                core.engine().conferenceStart(userId, participants(request.body()));
                return XsiResponse.ok();
            case "DELETE":
                core.engine().conferenceRelease(userId);
                return XsiResponse.ok();
            default:
                return Endpoint.methodNotAllowed(request);
        }
    }

    private static List<String> participants(String body) {
        Element root = RequestXml.parse(body, "Conference");
        Element list = RequestXml.child(root, "conferenceParticipantList");
        List<String> callIds = new ArrayList<>();
        if (list != null) {
            for (Element participant : RequestXml.children(list, "conferenceParticipant")) {
                String callId = RequestXml.text(participant, "callId");
                if (callId != null && !callId.isEmpty()) {
                    callIds.add(callId);
                }
            }
        }
        return callIds;
    }
}
