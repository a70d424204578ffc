package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * The call left a device without being answered there (forwarded, deflected, picked up elsewhere). JTAPI:
 * the diverting Connection DISCONNECTED.
 */
public final class DivertedEvent extends CallProgressEvent {

    DivertedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.DIVERTING);
    }

    /** @return the connection the call left (the subject) */
    public ConnectionRef connection() {
        return subject();
    }

    /** @return the device the call was diverted away from */
    public DeviceId divertingDevice() {
        return device(DeviceRole.DIVERTING).orElseThrow();
    }

    /** @return where the call went, when known (often by address only) */
    public Optional<DeviceId> newDestination() {
        return device(DeviceRole.NEW_DESTINATION);
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
