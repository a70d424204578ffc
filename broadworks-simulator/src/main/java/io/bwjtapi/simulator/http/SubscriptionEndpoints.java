package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.events.Subscription;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.xsi.SubscriptionRequest;
import io.bwjtapi.simulator.xsi.XsiDocuments;
import java.util.List;

/**
 * Subscription resources: create at {@code user/<userId>} or {@code user/<userId>/subscription}, and get,
 * refresh and delete at {@code subscription/<id>}.
 */
final class SubscriptionEndpoints implements Endpoint {
    private final SwitchCore core;

    SubscriptionEndpoints(SwitchCore core) {
        this.core = core;
    }

    @Override
    public XsiResponse handle(XsiRequest request, Login login, List<String> segments) {
        boolean userTarget = Endpoint.is(segments, 0, "user")
                && (segments.size() == 2 || (segments.size() == 3 && segments.get(2).equals("subscription")));
        if (userTarget) {
            return request.method().equals("POST") ? create(request, login, segments.get(1))
                    : Endpoint.methodNotAllowed(request);
        }
        if (Endpoint.is(segments, 0, "subscription") && segments.size() == 2) {
            return subscription(request, login, segments.get(1));
        }
        return null;
    }

    private XsiResponse create(XsiRequest request, Login login, String userId) {
        SimUser target = Endpoint.target(core, login, userId);
        Subscription subscription = core.subscriptions().create(login.userId(), target,
                SubscriptionRequest.parse(request.body()));
        return XsiResponse.ok(XsiDocuments.subscriptionCreated(subscription.subscriptionId(), subscription.expires()));
    }

    private XsiResponse subscription(XsiRequest request, Login login, String subscriptionId) {
        switch (request.method()) {
            case "GET":
                return XsiResponse.ok(XsiDocuments.subscription(entry(
                        core.subscriptions().require(login.userId(), subscriptionId))));
            case "PUT": {
                Integer expires = request.body().isBlank() ? null
                        : SubscriptionRequest.parse(request.body()).expires();
                Subscription s = core.subscriptions().refresh(login.userId(), subscriptionId, expires);
                return XsiResponse.ok(XsiDocuments.subscriptionCreated(s.subscriptionId(), s.expires()));
            }
            case "DELETE":
                core.subscriptions().delete(login.userId(), subscriptionId);
                return XsiResponse.ok();
            default:
                return Endpoint.methodNotAllowed(request);
        }
    }

    private static XsiDocuments.SubscriptionEntry entry(Subscription s) {
        return new XsiDocuments.SubscriptionEntry(s.subscriptionId(), s.owner(), s.target().userId(),
                s.packageNames(), s.expires(), s.channelSetId(), s.applicationId());
    }
}
