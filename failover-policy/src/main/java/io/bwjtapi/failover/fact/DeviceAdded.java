package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;

/**
 * The provider starts monitoring a device (an application observes its address or terminal). The policy answers with a
 * forced resync as soon as a channel is live, which makes the wiring create the subscription.
 */
public final class DeviceAdded extends DeviceFact {
    /**
     * Creates the fact.
     *
     * @param device the device it is about
     */
    public DeviceAdded(DeviceId device) {
        super(device);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.deviceAdded(this);
    }
}
