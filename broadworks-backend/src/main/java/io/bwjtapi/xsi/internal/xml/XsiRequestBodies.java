package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.model.AgentState;
import io.bwjtapi.xsi.model.EventPackage;
import java.util.List;

/**
 * Encodes the bodies of Xsi-Events requests, children in XSD sequence order. Identifiers that come from the
 * URL or the credentials (channelId on create, subscriberId, targetId) are deliberately not sent.
 */
public final class XsiRequestBodies {

    private XsiRequestBodies() {
    }

    /**
     * Encodes a channel creation request.
     *
     * @param channelSetId the channel set to join
     * @param priority the channel priority
     * @param weight the channel weight
     * @param expires the requested expiry, seconds
     * @param applicationId the channel applicationId, or {@code null} to omit it
     * @return the {@code Channel} document
     */
    public static String channel(String channelSetId, int priority, int weight, long expires, String applicationId) {
        return new XmlBuilder("Channel").element("channelSetId", channelSetId).element("priority", priority)
                .element("weight", weight).element("expires", expires).optional("applicationId", applicationId)
                .finish("Channel");
    }

    /**
     * Encodes a channel refresh (only expires can change).
     *
     * @param expires the requested expiry, seconds
     * @return the {@code Channel} document
     */
    public static String channelUpdate(long expires) {
        return new XmlBuilder("Channel").element("expires", expires).finish("Channel");
    }

    /**
     * Encodes a subscription creation request bound to a channel set.
     *
     * @param eventPackage the event package
     * @param expires the requested expiry, seconds
     * @param channelSetId the channel set that receives the events
     * @param applicationId the subscription's applicationId (externalApplicationId in events)
     * @return the {@code Subscription} document
     */
    public static String subscription(EventPackage eventPackage, long expires, String channelSetId,
            String applicationId) {
        return new XmlBuilder("Subscription").element("event", eventPackage.wireName()).element("expires", expires)
                .element("channelSetId", channelSetId).element("applicationId", applicationId)
                .finish("Subscription");
    }

    /**
     * Encodes a subscription refresh.
     *
     * @param expires the requested expiry, seconds
     * @return the {@code Subscription} document
     */
    public static String subscriptionUpdate(long expires) {
        return new XmlBuilder("Subscription").element("expires", expires).finish("Subscription");
    }

    /**
     * Encodes the acknowledgement of an event.
     *
     * @param eventId the event's id
     * @param statusCode 200, 400, 404, 481 or 500
     * @param reason a short reason, e.g. {@code OK}
     * @return the {@code EventResponse} document
     */
    public static String eventResponse(String eventId, int statusCode, String reason) {
        return new XmlBuilder("EventResponse").element("eventID", eventId).element("statusCode", statusCode)
                .element("reason", reason).finish("EventResponse");
    }

    /**
     * Encodes a conference start request.
     *
     * @param callIds the calls to join, at least two
     * @return the {@code Conference} document
     */
    public static String conference(List<String> callIds) {
        XmlBuilder xml = new XmlBuilder("Conference").start("conferenceParticipantList");
        for (String callId : callIds) {
            xml.start("conferenceParticipant").element("callId", callId).end("conferenceParticipant");
        }
        return xml.end("conferenceParticipantList").finish("Conference");
    }

    /**
     * Encodes a call-center agent state change.
     *
     * @param state the new ACD state
     * @param unavailableCode the unavailable code (for {@code Unavailable}), or {@code null}
     * @return the {@code CallCenter} document
     */
    public static String callCenterState(AgentState state, String unavailableCode) {
        return new XmlBuilder("CallCenter").element("agentACDState", state.wireName())
                .optional("agentUnavailableCode", unavailableCode).finish("CallCenter");
    }
}
