package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;

/** A device put the call on hold. JTAPI: Connection stays ESTABLISHED, TerminalConnection HELD. */
public final class HeldEvent extends CstaEvent {

    HeldEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.HOLDING);
    }

    /** @return the held connection (the subject) */
    public ConnectionRef heldConnection() {
        return subject();
    }

    /** @return the device that holds the call */
    public DeviceId holdingDevice() {
        return device(DeviceRole.HOLDING).orElseThrow();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
