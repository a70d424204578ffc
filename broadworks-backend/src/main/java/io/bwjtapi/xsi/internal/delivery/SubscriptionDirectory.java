package io.bwjtapi.xsi.internal.delivery;

import io.bwjtapi.xsi.subscription.Subscription;

/** What delivery needs from the subscription manager: who a subscription is for, and two notifications. */
public interface SubscriptionDirectory {

    /**
     * Finds a subscription of this client.
     *
     * @param subscriptionId the id from an event
     * @return the subscription, or {@code null} when it is not (or not yet) known
     */
    Subscription find(String subscriptionId);

    /**
     * A SubscriptionTerminatedEvent was delivered for the subscription.
     *
     * @param subscription the terminated subscription
     */
    void terminated(Subscription subscription);

    /**
     * Events for an id stayed unknown past the grace period: it is not this client's (e.g. left over by an
     * earlier run in the same channel set).
     *
     * @param subscriptionId the unknown id
     */
    void unknown(String subscriptionId);
}
