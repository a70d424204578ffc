package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;

/** A call at a device stopped alerting (answered, redirected or released); its alerting watch ends. */
public final class CallAlertingEnded extends CallFact {
    /**
     * @param device the device
     * @param callId the Xsi callId at this device
     */
    public CallAlertingEnded(DeviceId device, String callId) {
        super(device, callId);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.callAlertingEnded(this);
    }
}
