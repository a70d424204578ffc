package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;
import java.util.Objects;

/** A fact about one call at a device, identified by the device's Xsi {@code callId}. */
public abstract class CallFact extends DeviceFact {
    private final String callId;

    CallFact(DeviceId device, String callId) {
        super(device);
        this.callId = Objects.requireNonNull(callId, "callId");
        if (callId.isBlank()) {
            throw new IllegalArgumentException("callId must not be blank");
        }
    }

    /** @return the Xsi callId of the call at this device */
    public String callId() {
        return callId;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && callId.equals(((CallFact) other).callId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), callId);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + device() + ", " + callId + "]";
    }
}
