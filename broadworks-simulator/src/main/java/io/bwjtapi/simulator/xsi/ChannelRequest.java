package io.bwjtapi.simulator.xsi;

import org.w3c.dom.Element;

/**
 * The body of a channel create or update request (XSD {@code Channel}).
 *
 * @param channelId present only when a client wrongly sends it on create
 * @param channelSetId the set the channel joins (required on create)
 * @param priority 1 by default
 * @param weight 50 by default
 * @param expires the requested expiry in seconds, or {@code null}
 * @param applicationId the optional application id (one channel set per login and application id)
 */
public record ChannelRequest(String channelId, String channelSetId, int priority, int weight, Integer expires,
        String applicationId) {
    public static final int DEFAULT_PRIORITY = 1;
    public static final int DEFAULT_WEIGHT = 50;
    private static final int MAX_ID = 256;

    public static ChannelRequest parse(String body) {
        Element root = RequestXml.parse(body, "Channel");
        String channelSetId = RequestXml.text(root, "channelSetId");
        if (channelSetId != null && (channelSetId.isEmpty() || channelSetId.length() > MAX_ID)) {
            throw RequestXml.bad("channelSetId must have 1..256 characters");
        }
        Integer priority = RequestXml.integer(root, "priority", 1, Integer.MAX_VALUE);
        Integer weight = RequestXml.integer(root, "weight", 1, Integer.MAX_VALUE);
        return new ChannelRequest(RequestXml.text(root, "channelId"), channelSetId,
                priority == null ? DEFAULT_PRIORITY : priority, weight == null ? DEFAULT_WEIGHT : weight,
                RequestXml.integer(root, "expires", 0, Integer.MAX_VALUE), RequestXml.text(root, "applicationId"));
    }
}
