package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;

/** A held call was taken back. JTAPI: TerminalConnection TALKING. */
public final class RetrievedEvent extends CstaEvent {

    RetrievedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.RETRIEVING);
    }

    /** @return the retrieved connection (the subject) */
    public ConnectionRef retrievedConnection() {
        return subject();
    }

    /** @return the device that took the call back */
    public DeviceId retrievingDevice() {
        return device(DeviceRole.RETRIEVING).orElseThrow();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
