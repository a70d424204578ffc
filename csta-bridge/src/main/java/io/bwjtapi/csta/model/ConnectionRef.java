package io.bwjtapi.csta.model;

import java.util.Objects;

/** A CSTA ConnectionID: the relationship of one device with one call. */
public final class ConnectionRef {
    private final CallRef call;
    private final DeviceId device;
    private final int hash;

    private ConnectionRef(CallRef call, DeviceId device) {
        this.call = Objects.requireNonNull(call, "call");
        this.device = Objects.requireNonNull(device, "device");
        this.hash = 31 * call.hashCode() + device.hashCode();
    }

    /**
     * Returns the connection of a device in a call.
     *
     * @param call the call
     * @param device the device
     * @return the connection reference
     */
    public static ConnectionRef of(CallRef call, DeviceId device) {
        return new ConnectionRef(call, device);
    }

    /** @return the call */
    public CallRef call() {
        return call;
    }

    /** @return the device */
    public DeviceId device() {
        return device;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConnectionRef)) {
            return false;
        }
        ConnectionRef other = (ConnectionRef) o;
        return call.equals(other.call) && device.equals(other.device);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return device + "@" + call;
    }
}
