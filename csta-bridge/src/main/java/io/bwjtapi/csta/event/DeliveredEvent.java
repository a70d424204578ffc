package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * A call is presented to a device, which is alerted. JTAPI: Connection ALERTING and TerminalConnection
 * RINGING; for a party reached through the network (after a {@link NetworkReachedEvent})
 * CallControlConnection NETWORK_ALERTING.
 */
public final class DeliveredEvent extends CstaEvent {

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

    /** @return the calling device */
    public Optional<DeviceId> callingDevice() {
        return device(DeviceRole.CALLING);
    }

    /** @return the device originally called */
    public Optional<DeviceId> calledDevice() {
        return device(DeviceRole.CALLED);
    }

    /** @return the device that last redirected the call */
    public Optional<DeviceId> lastRedirectionDevice() {
        return device(DeviceRole.LAST_REDIRECTION);
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
