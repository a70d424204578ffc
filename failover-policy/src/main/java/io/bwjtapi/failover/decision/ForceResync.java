package io.bwjtapi.failover.decision;

import io.bwjtapi.failover.DeviceId;
import java.util.List;
import java.util.Objects;

/**
 * Get fresh call snapshots for these devices: refresh each subscription ({@code PUT .../subscription/<id>}, which
 * makes BroadWorks send a {@code CallSubscriptionEvent}), or create it where the device has none. The wiring
 * reports {@code SnapshotReceived}, {@code SubscriptionCreated}, {@code SubscriptionLost} or
 * {@code SubscriptionRefused} per device.
 */
public final class ForceResync extends Decision {
    private final List<DeviceId> devices;
    private final ResyncTrigger trigger;

    /**
     * @param devices the devices, at least one
     * @param trigger what made the policy force it
     */
    public ForceResync(List<DeviceId> devices, ResyncTrigger trigger) {
        this.devices = List.copyOf(devices);
        if (this.devices.isEmpty()) {
            throw new IllegalArgumentException("a forced resync needs at least one device");
        }
        this.trigger = Objects.requireNonNull(trigger, "trigger");
    }

    /** @return the devices, in the order the policy chose them */
    public List<DeviceId> devices() {
        return devices;
    }

    /** @return what made the policy force it */
    public ResyncTrigger trigger() {
        return trigger;
    }

    @Override
    public void accept(DecisionVisitor visitor) {
        visitor.forceResync(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForceResync && devices.equals(((ForceResync) other).devices)
                && trigger == ((ForceResync) other).trigger;
    }

    @Override
    public int hashCode() {
        return Objects.hash(devices, trigger);
    }

    @Override
    public String toString() {
        return "ForceResync[" + trigger + ", " + (devices.size() <= 5 ? devices : devices.size() + " devices") + "]";
    }
}
