package io.bwjtapi.simulator.xsi;

/**
 * The documents written on an event channel's stream, each sent as one chunk: the channel's first
 * {@code Channel} document, {@code ChannelHeartBeat}, subscription events, {@code ChannelTerminatedEvent} and
 * {@code ErrorEvent}.
 */
public final class EventDocuments {
    private static final String HEARTBEAT =
            XmlWriter.documentStyle().declaration(false).emptyRoot("ChannelHeartBeat").toString();

    private EventDocuments() {
    }

    /** The first chunk: declaration, newline, the channel's id and granted expiry (as real XSPs send it). */
    public static String channelCreated(String channelId, int expires) {
        return XmlWriter.documentStyle().declaration(true).openRoot("Channel").leaf("channelId", channelId)
                .leaf("expires", expires).closeRoot("Channel").toString();
    }

    /** The answer to a heartbeat, on the stream: declaration immediately followed by the empty element. */
    public static String heartbeat() {
        return HEARTBEAT;
    }

    /**
     * A subscription event envelope around a prepared {@code eventData} fragment.
     *
     * @param targetId the target to name, or {@code null} to leave the optional element out
     */
    public static String subscriptionEvent(String eventId, int sequenceNumber, String ownerUserId,
            String applicationId, String subscriptionId, String channelId, String targetId, String eventData) {
        return XmlWriter.eventStyle().declaration(false).openEvent("SubscriptionEvent").leaf("eventID", eventId)
                .leaf("sequenceNumber", sequenceNumber).leaf("userId", ownerUserId)
                .leaf("externalApplicationId", applicationId).leaf("subscriptionId", subscriptionId)
                .leaf("channelId", channelId).leaf("targetId", targetId).raw(eventData).close("Event").toString();
    }

    /** The last document of a channel the XSP terminates; it has no eventID and is not acknowledged. */
    public static String channelTerminated(String channelId, String reason) {
        return XmlWriter.eventStyle().declaration(false).openEvent("ChannelTerminatedEvent")
                .leaf("channelId", channelId).leaf("reason", reason).close("Event").toString();
    }

    /** Sent when a client writes anything but an EventResponse or a heartbeat onto the channel connection. */
    public static String errorEvent(int errorCode, String message) {
        return XmlWriter.eventStyle().declaration(false).openEvent("ErrorEvent").leaf("errorCode", errorCode)
                .leaf("errorMessage", message).close("Event").toString();
    }
}
