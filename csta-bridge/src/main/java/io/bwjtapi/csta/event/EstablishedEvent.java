package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;

/**
 * A device answered or was connected to the call. JTAPI: Connection ESTABLISHED (core CONNECTED),
 * TerminalConnection TALKING.
 */
public final class EstablishedEvent extends CallProgressEvent {

    EstablishedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.ANSWERING);
    }

    /** @return the connection that is now connected (the subject) */
    public ConnectionRef establishedConnection() {
        return subject();
    }

    /** @return the device that answered */
    public DeviceId answeringDevice() {
        return device(DeviceRole.ANSWERING).orElseThrow();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
