package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;
import java.util.Objects;

/** A device is no longer monitored; the policy closes it for good. */
public final class DeviceRemoved extends DeviceFact {
    /** Why the device went away. */
    public enum Reason {
        /** The BroadWorks user was deleted (or left the monitored list). */
        USER_DELETED,
        /** The application stopped observing it. */
        RELEASED
    }

    private final Reason reason;

    /**
     * @param device the device
     * @param reason why it went away
     */
    public DeviceRemoved(DeviceId device, Reason reason) {
        super(device);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the device went away */
    public Reason reason() {
        return reason;
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.deviceRemoved(this);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && reason == ((DeviceRemoved) other).reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), reason);
    }

    @Override
    public String toString() {
        return "DeviceRemoved[" + device() + ", " + reason + "]";
    }
}
