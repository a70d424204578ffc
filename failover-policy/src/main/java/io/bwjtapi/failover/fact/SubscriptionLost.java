package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;

/**
 * The device's subscription no longer exists: a {@code SubscriptionTerminatedEvent} arrived, or a refresh was answered
 * 403 or 404. The device cannot be trusted until the subscription is re-created and its snapshot arrives.
 */
public final class SubscriptionLost extends DeviceFact {
    /**
     * Creates the fact.
     *
     * @param device the device it is about
     */
    public SubscriptionLost(DeviceId device) {
        super(device);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.subscriptionLost(this);
    }
}
