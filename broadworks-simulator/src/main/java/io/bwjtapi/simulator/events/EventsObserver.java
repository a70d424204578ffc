package io.bwjtapi.simulator.events;

/** What the Xsi-Events layer reports to the simulator's recorder and test hooks; every method is optional. */
public interface EventsObserver {

    default void channelOpened(EventChannel channel) {
    }

    /** A channel ended; {@code reason} is a ChannelTerminatedReason, or a description when it ended silently. */
    default void channelClosed(EventChannel channel, String reason) {
    }

    default void subscriptionCreated(Subscription subscription) {
    }

    default void subscriptionEnded(Subscription subscription, String reason) {
    }

    /** A document was written on a channel's stream. */
    default void documentEmitted(EventChannel channel, String document) {
    }

    /** An event found no live channel in its set and was dropped. */
    default void eventUndeliverable(Subscription subscription, String eventId) {
    }
}
