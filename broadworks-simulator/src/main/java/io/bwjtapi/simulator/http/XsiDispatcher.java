package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.core.SwitchCore;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request an XSP receives: request faults first, then the Xsi prefixes (404 outside them),
 * HTTP Basic authentication (401), and the resource groups. Refusals become {@code ErrorInfo} bodies with the
 * documented statuses; an unexpected failure becomes a 500 and is logged, never a broken connection. Runs on
 * the switch thread.
 */
public final class XsiDispatcher {
    static final String ASYNC_PREFIX = "/com.broadsoft.async/com.broadsoft.xsi-events/v2.0";
    static final String EVENTS_PREFIX = "/com.broadsoft.xsi-events/v2.0";
    static final String ACTIONS_PREFIX = "/com.broadsoft.xsi-actions/v2.0";
    private static final Logger LOG = LoggerFactory.getLogger(XsiDispatcher.class);

    private final SwitchCore core;
    private final Authenticator authenticator;
    private final ChannelEndpoints channels;
    private final List<Endpoint> events;
    private final List<Endpoint> actions;

    public XsiDispatcher(SwitchCore core) {
        this.core = core;
        this.authenticator = new Authenticator(core.config(), core.directory());
        this.channels = new ChannelEndpoints(core);
        this.events = List.of(channels, new SubscriptionEndpoints(core));
        this.actions = List.of(new CallEndpoints(core), new UserServiceEndpoints(core));
    }

    public XsiResponse dispatch(XsiRequest request) {
        Duration delay = core.responseFaults().responseDelay(request.method(), request.path());
        XsiResponse response = respond(request);
        return delay.isZero() ? response : response.delayed(delay);
    }

    private XsiResponse respond(XsiRequest request) {
        Optional<Integer> forced = core.responseFaults().forcedStatus(request.method(), request.path());
        if (forced.isPresent()) {
            return XsiResponse.error(forced.get(), 5030, "injected fault: status " + forced.get());
        }
        String path = request.path();
        boolean async = path.equals(ASYNC_PREFIX + "/channel");
        List<Endpoint> group = path.startsWith(EVENTS_PREFIX + "/") ? events
                : path.startsWith(ACTIONS_PREFIX + "/") ? actions : null;
        if (!async && group == null) {
            return XsiResponse.error(404, 4044, "no such resource: " + path);
        }
        Optional<Login> login = authenticator.authenticate(request.header("authorization"));
        if (login.isEmpty()) {
            return XsiResponse.unauthorized("authentication required");
        }
        if (path.endsWith("/j_logout")) {
            return XsiResponse.ok();
        }
        try {
            if (async) {
                return channels.create(request, login.get());
            }
            String rest = path.substring(path.indexOf("/v2.0/") + "/v2.0/".length());
            List<String> segments = Arrays.asList(rest.split("/", -1));
            if (segments.stream().anyMatch(String::isEmpty)) {
                return XsiResponse.error(404, 4044, "no such resource: " + path);
            }
            for (Endpoint endpoint : group) {
                XsiResponse response = endpoint.handle(request, login.get(), segments);
                if (response != null) {
                    return response;
                }
            }
            return XsiResponse.error(404, 4044, "no such resource: " + path);
        } catch (SimulatorException e) {
            return XsiResponse.error(e.reason().httpStatus(), e.reason().errorCode(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("request {} {} failed inside the simulator", request.method(), path, e);
            return XsiResponse.error(500, 5000, "internal error: " + e.getClass().getSimpleName());
        }
    }
}
