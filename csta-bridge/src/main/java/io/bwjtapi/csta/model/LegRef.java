package io.bwjtapi.csta.model;

import java.util.Objects;

/**
 * Names one Xsi call half of a monitored device: the device (the subscription's target user) and the half's
 * Xsi {@code callId}, which the provider needs to send Xsi-Actions for the connection.
 */
public final class LegRef implements Comparable<LegRef> {
    private final DeviceId device;
    private final String callId;
    private final int hash;

    private LegRef(DeviceId device, String callId) {
        this.device = Objects.requireNonNull(device, "device");
        this.callId = Objects.requireNonNull(callId, "callId");
        this.hash = 31 * device.hashCode() + callId.hashCode();
    }

    /**
     * Returns the name of a call half.
     *
     * @param device the monitored device
     * @param callId the Xsi callId of its half
     * @return the reference
     */
    public static LegRef of(DeviceId device, String callId) {
        return new LegRef(device, callId);
    }

    /** @return the monitored device */
    public DeviceId device() {
        return device;
    }

    /** @return the Xsi callId */
    public String callId() {
        return callId;
    }

    @Override
    public int compareTo(LegRef other) {
        int byDevice = device.compareTo(other.device);
        return byDevice != 0 ? byDevice : callId.compareTo(other.callId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LegRef)) {
            return false;
        }
        LegRef other = (LegRef) o;
        return device.equals(other.device) && callId.equals(other.callId);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return device + "/" + callId;
    }
}
