package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A call at a device has been alerting since a known time, for example one found alerting in a snapshot. The
 * policy forces a resync if it is still alerting when the alerting-too-long threshold has passed since then.
 * A call that starts alerting now is reported as {@link CallStarted} instead.
 */
public final class CallAlerting extends CallFact {
    private final Instant since;

    /**
     * @param device the device
     * @param callId the Xsi callId at this device
     * @param since when the call started alerting
     */
    public CallAlerting(DeviceId device, String callId, Instant since) {
        super(device, callId);
        this.since = Objects.requireNonNull(since, "since");
    }

    /** @return when the call started alerting */
    public Instant since() {
        return since;
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.callAlerting(this);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && since.equals(((CallAlerting) other).since);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), since);
    }

    @Override
    public String toString() {
        return "CallAlerting[" + device() + ", " + callId() + ", since " + since + "]";
    }
}
