package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.core.SwitchCore;
import java.util.List;

/** A group of Xsi resources. Runs on the switch thread. */
interface Endpoint {

    /**
     * Answers the request, or returns {@code null} when the path is not one of this group's resources.
     *
     * @param segments the decoded path segments after {@code v2.0}
     */
    XsiResponse handle(XsiRequest request, Login login, List<String> segments);

    static XsiResponse methodNotAllowed(XsiRequest request) {
        return XsiResponse.error(405, 4050, request.method() + " is not supported on " + request.path());
    }

    /** Resolves the user of a {@code /user/<userId>/…} path and checks the login's scope. */
    static SimUser target(SwitchCore core, Login login, String userId) {
        SimUser user = core.directory().byUserId(userId)
                .orElseThrow(() -> new SimulatorException(Reason.NOT_FOUND, "unknown user " + userId));
        if (!login.mayActFor(userId)) {
            throw new SimulatorException(Reason.FORBIDDEN, userId + " is outside the scope of " + login.userId());
        }
        return user;
    }

    static boolean is(List<String> segments, int index, String value) {
        return segments.size() > index && segments.get(index).equals(value);
    }
}
