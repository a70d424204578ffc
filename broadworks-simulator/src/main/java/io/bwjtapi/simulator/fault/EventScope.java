package io.bwjtapi.simulator.fault;

/**
 * Which events an event fault applies to.
 *
 * @param subscriptionId one subscription's events, or {@code null} for every event
 */
public record EventScope(String subscriptionId) {
    /** Every subscription event. */
    public static final EventScope ALL = new EventScope(null);

    /** The events of one subscription. */
    public static EventScope subscription(String subscriptionId) {
        return new EventScope(java.util.Objects.requireNonNull(subscriptionId, "subscriptionId"));
    }

    /** Whether an event of the subscription is in scope. */
    public boolean includes(String eventSubscriptionId) {
        return subscriptionId == null || subscriptionId.equals(eventSubscriptionId);
    }
}
