package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;

/**
 * BroadWorks created (or re-created) the device's subscription in answer to a forced resync; its initial
 * {@code CallSubscriptionEvent} should follow shortly.
 */
public final class SubscriptionCreated extends DeviceFact {
    /**
     * Creates the fact.
     *
     * @param device the device it is about
     */
    public SubscriptionCreated(DeviceId device) {
        super(device);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.subscriptionCreated(this);
    }
}
