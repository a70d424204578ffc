package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;
import java.util.Objects;

/**
 * A fact about one monitored device. Subclasses with more fields extend {@link #equals(Object)} and
 * {@link #hashCode()}.
 */
public abstract class DeviceFact extends Fact {
    private final DeviceId device;

    DeviceFact(DeviceId device) {
        this.device = Objects.requireNonNull(device, "device");
    }

    /** @return the device this fact is about */
    public DeviceId device() {
        return device;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && device.equals(((DeviceFact) other).device);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getSimpleName(), device);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + device + "]";
    }
}
