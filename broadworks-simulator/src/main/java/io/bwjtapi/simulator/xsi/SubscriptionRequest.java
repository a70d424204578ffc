package io.bwjtapi.simulator.xsi;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The body of a subscription create or refresh (XSD {@code Subscription}).
 *
 * @param eventPackages the packages of {@code event} or {@code eventPackageList} (empty on a refresh)
 * @param expires the requested expiry in seconds, or {@code null}
 * @param channelSetId the channel set that receives the events, or {@code null}
 * @param httpContact the HTTP contact URI, or {@code null}
 * @param applicationId becomes {@code externalApplicationId} in events, or {@code null}
 */
public record SubscriptionRequest(List<String> eventPackages, Integer expires, String channelSetId,
        String httpContact, String applicationId) {

    public SubscriptionRequest {
        eventPackages = List.copyOf(eventPackages);
    }

    public static SubscriptionRequest parse(String body) {
        Element root = RequestXml.parse(body, "Subscription");
        List<String> packages = new ArrayList<>();
        String event = RequestXml.text(root, "event");
        if (event != null) {
            packages.add(event);
        }
        Element list = RequestXml.child(root, "eventPackageList");
        if (list != null) {
            RequestXml.children(list, "event").forEach(e -> packages.add(e.getTextContent().trim()));
        }
        Element contact = RequestXml.child(root, "httpContact");
        return new SubscriptionRequest(packages, RequestXml.integer(root, "expires", 0, Integer.MAX_VALUE),
                RequestXml.text(root, "channelSetId"), contact == null ? null : RequestXml.text(contact, "uri"),
                RequestXml.text(root, "applicationId"));
    }
}
