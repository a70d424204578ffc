package io.bwjtapi.simulator;

/**
 * Hooks for tests that want to react to the simulator as things happen. Every method has a no-op default;
 * they are called on the simulator's own threads and must return quickly.
 */
public interface SimulatorListener {

    /** An XSP received a request (before it is processed). */
    default void requestReceived(RecordedRequest request) {
    }

    /** A document went out on an event channel or as an HTTP response body. */
    default void documentEmitted(EmittedDocument document) {
    }

    /** A client opened an event channel. */
    default void channelOpened(ChannelInfo channel) {
    }

    /** A channel ended; the reason is a ChannelTerminatedReason or a description of a silent end. */
    default void channelClosed(ChannelInfo channel, String reason) {
    }

    /** A client created a subscription. */
    default void subscriptionCreated(SubscriptionInfo subscription) {
    }

    /** A subscription ended (deleted, expired, target deleted, 481). */
    default void subscriptionEnded(SubscriptionInfo subscription, String reason) {
    }
}
