package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * A call is being placed from a device; its connection is {@code connected}. Also reports the caller of an
 * incoming call from a party that is not monitored. JTAPI: Connection ESTABLISHED (core CONNECTED).
 */
public final class OriginatedEvent extends CstaEvent {

    OriginatedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.CALLING);
    }

    /** @return the originating connection (the subject) */
    public ConnectionRef originatedConnection() {
        return subject();
    }

    /** @return the device placing the call */
    public DeviceId callingDevice() {
        return device(DeviceRole.CALLING).orElseThrow();
    }

    /** @return the device called, when known */
    public Optional<DeviceId> calledDevice() {
        return device(DeviceRole.CALLED);
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
