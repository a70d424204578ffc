package io.bwjtapi.csta.sync;

import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.LocalConnectionState;
import java.util.Objects;

/**
 * A call half the model held for a device but the device's snapshot did not contain: BroadWorks no longer
 * knows it (typically after an Application Server failover), so the model removed it.
 */
public final class UnsynchronisedParty {
    /** The stable code under which an unsynchronised party is logged. */
    public static final String LOG_CODE = "BWJTAPI-CSTA-UNSYNC";

    private final DeviceId device;
    private final CallRef call;
    private final String extTrackingId;
    private final String callId;
    private final LocalConnectionState lastState;

    /**
     * Creates the report.
     *
     * @param device the monitored device
     * @param call the call the half was in
     * @param extTrackingId the half's session
     * @param callId the half's Xsi callId
     * @param lastState the device's local state in the call before removal
     */
    public UnsynchronisedParty(DeviceId device, CallRef call, String extTrackingId, String callId,
            LocalConnectionState lastState) {
        this.device = Objects.requireNonNull(device, "device");
        this.call = Objects.requireNonNull(call, "call");
        this.extTrackingId = Objects.requireNonNull(extTrackingId, "extTrackingId");
        this.callId = Objects.requireNonNull(callId, "callId");
        this.lastState = Objects.requireNonNull(lastState, "lastState");
    }

    /** @return the monitored device */
    public DeviceId device() {
        return device;
    }

    /** @return the call the half was in */
    public CallRef call() {
        return call;
    }

    /** @return the half's session */
    public String extTrackingId() {
        return extTrackingId;
    }

    /** @return the half's Xsi callId */
    public String callId() {
        return callId;
    }

    /** @return the device's state in the call before removal */
    public LocalConnectionState lastState() {
        return lastState;
    }

    /** @return a one-line, structured description for a WARN log, starting with {@link #LOG_CODE} */
    public String toLogMessage() {
        return LOG_CODE + " device=" + device + " call=" + call + " extTrackingId=" + extTrackingId + " callId="
                + callId + " lastState=" + lastState.wireName();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UnsynchronisedParty)) {
            return false;
        }
        UnsynchronisedParty p = (UnsynchronisedParty) o;
        return device.equals(p.device) && call.equals(p.call) && extTrackingId.equals(p.extTrackingId)
                && callId.equals(p.callId) && lastState == p.lastState;
    }

    @Override
    public int hashCode() {
        return Objects.hash(device, call, callId);
    }

    @Override
    public String toString() {
        return "UnsynchronisedParty[" + device + "/" + callId + " in " + call + " " + extTrackingId + ", was "
                + lastState.wireName() + "]";
    }
}
