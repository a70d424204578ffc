package io.bwjtapi.xsi;

import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.ChannelOpenFailure;
import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.model.EventPackage;
import io.bwjtapi.xsi.subscription.Subscription;
import io.bwjtapi.xsi.subscription.SubscriptionLossReason;

/**
 * Transport FACTS of the backend, one method per step, each with a no-op default: implement what you need.
 * Facts report what happened; deciding what to do about it (where and when to reconnect, when a silent
 * channel is dead) is left to the listener, e.g. {@code SimpleChannelSupervisor} or the failover policy.
 *
 * <p>Methods are called on backend threads (Netty I/O or the delivery thread), so they must return quickly
 * and must not block. An exception thrown by a listener is logged and ignored.
 */
public interface XsiLifecycleListener {

    /** @param endpoint the XSP a channel is being opened on */
    default void channelOpening(XsiEndpoint endpoint) {
    }

    /** @param channel the channel that opened (channelId and granted expiry known) */
    default void channelOpened(EventChannel channel) {
    }

    /**
     * @param endpoint the XSP
     * @param failure why the channel could not be opened (auth 401, refused, timeout, TLS, HTTP status)
     */
    default void channelOpenFailed(XsiEndpoint endpoint, ChannelOpenFailure failure) {
    }

    /**
     * @param channel the channel
     * @param grantedExpires the expiry the XSP granted to the refresh, in seconds
     */
    default void channelRefreshed(EventChannel channel, long grantedExpires) {
    }

    /**
     * @param channel the channel
     * @param reason why it closed (reset, EOF, heartbeat 404, ChannelTerminated + reason, explicit close ...)
     */
    default void channelClosed(EventChannel channel, ChannelCloseReason reason) {
    }

    /** @param channel the channel a heartbeat was sent for */
    default void heartbeatSent(EventChannel channel) {
    }

    /** @param channel the channel whose heartbeat echo (ChannelHeartBeat) arrived on the stream */
    default void heartbeatAnswered(EventChannel channel) {
    }

    /**
     * @param channel the channel
     * @param consecutiveMisses heartbeats missed in a row, including this one
     */
    default void heartbeatMissed(EventChannel channel, int consecutiveMisses) {
    }

    /** @param channel a channel on which a document (event or heartbeat) arrived */
    default void trafficSeen(EventChannel channel) {
    }

    /** @param subscription a subscription BroadWorks granted */
    default void subscriptionCreated(Subscription subscription) {
    }

    /** @param subscription a subscription refreshed (a snapshot follows for user targets) */
    default void subscriptionRefreshed(Subscription subscription) {
    }

    /**
     * @param subscription the subscription lost
     * @param reason why; it is re-created next
     */
    default void subscriptionLost(Subscription subscription, SubscriptionLossReason reason) {
    }

    /**
     * @param previous the lost subscription
     * @param current its replacement
     */
    default void subscriptionRecreated(Subscription previous, Subscription current) {
    }

    /**
     * @param userId the user that could not be subscribed
     * @param eventPackage the package
     * @param response the XSP's answer (e.g. 403/404 for a deleted user)
     */
    default void subscriptionRefused(String userId, EventPackage eventPackage, XsiResponse<?> response) {
    }

    /**
     * @param userId the monitored user
     * @param subscriptionId the subscription
     * @param expected the sequence number that was due
     * @param received the sequence number delivered instead (events in between were lost)
     */
    default void sequenceGap(String userId, String subscriptionId, int expected, int received) {
    }

    /**
     * @param userId the monitored user
     * @param subscriptionId the subscription
     * @param resync whether it was an unsolicited CallSubscriptionResyncEvent
     */
    default void snapshotReceived(String userId, String subscriptionId, boolean resync) {
    }

    /**
     * An event was dropped because it was already delivered (same eventID, or a sequence number already passed:
     * a re-delivery, or an event that arrived after its gap had been reported).
     *
     * @param subscriptionId the subscription
     * @param sequenceNumber the dropped event's sequence number
     * @param eventId the dropped event's eventID
     */
    default void duplicateDropped(String subscriptionId, int sequenceNumber, String eventId) {
    }

    /** @param typeName an event type this client does not decode, reported on first sighting */
    default void unknownEventType(String typeName) {
    }

    /** @param subscriptionId a subscription that is not this client's; its events were dropped */
    default void unknownSubscription(String subscriptionId) {
    }

    /**
     * @param endpoint the XSP
     * @param request the request answered 401
     */
    default void authFailure(XsiEndpoint endpoint, String request) {
    }

    /**
     * @param endpoint the XSP
     * @param request the request answered 503
     */
    default void overload(XsiEndpoint endpoint, String request) {
    }

    /**
     * @param channel the channel
     * @param detail what could not be decoded (malformed, hostile or oversized document); the channel goes on
     */
    default void decodeFailure(EventChannel channel, String detail) {
    }

    /**
     * @param channel the channel
     * @param eventId the event whose acknowledgement failed in transport
     */
    default void ackFailed(EventChannel channel, String eventId) {
    }
}
