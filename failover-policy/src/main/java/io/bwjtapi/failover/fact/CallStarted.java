package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;
import java.util.Objects;

/**
 * A new call appeared at a device: the user originated it, or it started alerting there. BroadWorks sends no
 * unsolicited resync in these cases even when the user is out of step after an Application Server failover, so
 * the policy forces one. An alerting call is also watched for alerting too long.
 */
public final class CallStarted extends CallFact {
    /** How the call appeared. */
    public enum Kind {
        /** The user started the call. */
        ORIGINATED,
        /** The call is alerting the user. */
        ALERTING
    }

    private final Kind kind;

    /**
     * @param device the device
     * @param callId the Xsi callId at this device
     * @param kind how the call appeared
     */
    public CallStarted(DeviceId device, String callId, Kind kind) {
        super(device, callId);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** @return how the call appeared */
    public Kind kind() {
        return kind;
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.callStarted(this);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && kind == ((CallStarted) other).kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), kind);
    }

    @Override
    public String toString() {
        return "CallStarted[" + device() + ", " + callId() + ", " + kind + "]";
    }
}
