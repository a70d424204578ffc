package io.bwjtapi.xsi.internal;

/** The Xsi URL paths the client uses (reference §2-§6). Identifiers are percent-encoded here. */
public final class XsiPaths {
    /** Channel creation: the only request under the streaming {@code com.broadsoft.async} prefix. */
    public static final String CHANNEL_CREATE = "/com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel";
    /** Acknowledgement of events. */
    public static final String EVENT_RESPONSE = "/com.broadsoft.xsi-events/v2.0/channel/eventresponse";

    private static final String EVENTS = "/com.broadsoft.xsi-events/v2.0";
    private static final String ACTIONS = "/com.broadsoft.xsi-actions/v2.0";

    private XsiPaths() {
    }

    /**

     * Returns its path (refresh PUT, DELETE).

     *

     * @param channelId the channel

     * @return its path (refresh PUT, DELETE)

     */
    public static String channel(String channelId) {
        return EVENTS + "/channel/" + PathSegments.segment(channelId);
    }

    /**

     * Returns its heartbeat path.

     *

     * @param channelId the channel

     * @return its heartbeat path

     */
    public static String heartbeat(String channelId) {
        return channel(channelId) + "/heartbeat";
    }

    /**

     * Returns the user-target subscription path (POST).

     *

     * @param userId the target user

     * @return the user-target subscription path (POST)

     */
    public static String userSubscription(String userId) {
        return EVENTS + "/user/" + PathSegments.segment(userId);
    }

    /**

     * Returns its path (refresh PUT, DELETE).

     *

     * @param subscriptionId the subscription

     * @return its path (refresh PUT, DELETE)

     */
    public static String subscription(String subscriptionId) {
        return EVENTS + "/subscription/" + PathSegments.segment(subscriptionId);
    }

    /**

     * Returns the base path of the user's Xsi-Actions resources.

     *

     * @param userId the user

     * @return the base path of the user's Xsi-Actions resources

     */
    public static String user(String userId) {
        return ACTIONS + "/user/" + PathSegments.segment(userId);
    }
}
