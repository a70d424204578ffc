package io.bwjtapi.csta.model;

import io.bwjtapi.xsi.model.Call;
import java.util.Objects;

/**
 * One Xsi call half of a monitored device as last reported: the BroadWorks {@link Call} (callId,
 * extTrackingId, state, remote party, endpoint, times ...) and the CSTA local state it gives the device.
 * The state usually follows {@link LocalConnectionState#fromXsi}; it differs while digits are collected
 * ({@code initiated}) or a failed call plays its treatment ({@code fail}).
 */
public final class Leg {
    private final LegRef ref;
    private final Call call;
    private final LocalConnectionState state;

    /**
     * Creates a leg.
     *
     * @param device the monitored device
     * @param call the half as BroadWorks reported it
     * @param state the device's local state in the call; never {@code NULL}
     */
    public Leg(DeviceId device, Call call, LocalConnectionState state) {
        this.call = Objects.requireNonNull(call, "call");
        this.ref = LegRef.of(device, call.callId());
        this.state = Objects.requireNonNull(state, "state");
        if (state == LocalConnectionState.NULL) {
            throw new IllegalArgumentException("a leg that left its call is removed, not kept in state null");
        }
    }

    /** @return the half's name: device and callId */
    public LegRef ref() {
        return ref;
    }

    /** @return the monitored device */
    public DeviceId device() {
        return ref.device();
    }

    /** @return the Xsi callId, for Xsi-Actions */
    public String callId() {
        return call.callId();
    }

    /** @return the call session the half belongs to now */
    public String extTrackingId() {
        return call.extTrackingId();
    }

    /** @return the half as BroadWorks last reported it */
    public Call call() {
        return call;
    }

    /** @return the device's local state in the call */
    public LocalConnectionState state() {
        return state;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Leg)) {
            return false;
        }
        Leg other = (Leg) o;
        return ref.equals(other.ref) && state == other.state && call.equals(other.call);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, state, call.extTrackingId());
    }

    @Override
    public String toString() {
        return ref + "(" + call.extTrackingId() + " " + state.wireName() + ")";
    }
}
