package io.bwjtapi.failover.decision;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.DeviceState;
import java.time.Instant;
import java.util.Objects;

/** A device's service state changed along a {@link io.bwjtapi.failover.state.DeviceTransition}. */
public final class DeviceStateChange extends Decision {
    private final DeviceId device;
    private final DeviceState from;
    private final DeviceState to;
    private final DeviceCause cause;
    private final Instant at;

    /**
     * @param device the device
     * @param from the state before
     * @param to the state after
     * @param cause why
     * @param at when, by the policy's clock
     */
    public DeviceStateChange(DeviceId device, DeviceState from, DeviceState to, DeviceCause cause, Instant at) {
        this.device = Objects.requireNonNull(device, "device");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.cause = Objects.requireNonNull(cause, "cause");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** @return the device */
    public DeviceId device() {
        return device;
    }

    /** @return the state before */
    public DeviceState from() {
        return from;
    }

    /** @return the state after */
    public DeviceState to() {
        return to;
    }

    /** @return why */
    public DeviceCause cause() {
        return cause;
    }

    /** @return when, by the policy's clock */
    public Instant at() {
        return at;
    }

    @Override
    public void accept(DecisionVisitor visitor) {
        visitor.deviceStateChange(this);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DeviceStateChange)) {
            return false;
        }
        DeviceStateChange that = (DeviceStateChange) other;
        return device.equals(that.device) && from == that.from && to == that.to && cause == that.cause
                && at.equals(that.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(device, from, to, cause, at);
    }

    @Override
    public String toString() {
        return "DeviceStateChange[" + device + ": " + from + " -> " + to + ", " + cause + "]";
    }
}
