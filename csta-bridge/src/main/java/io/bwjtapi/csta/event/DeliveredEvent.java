package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;

/**
 * A call is presented to a device, which is alerted. JTAPI: Connection ALERTING and TerminalConnection
 * RINGING; for a party reached through the network (after a {@link NetworkReachedEvent})
 * CallControlConnection NETWORK_ALERTING.
 */
public final class DeliveredEvent extends CallProgressEvent {

    DeliveredEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.ALERTING);
    }

    /** @return the alerting connection (the subject) */
    public ConnectionRef connection() {
        return subject();
    }

    /** @return the device being alerted */
    public DeviceId alertingDevice() {
        return device(DeviceRole.ALERTING).orElseThrow();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
