package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * A device answered or was connected to the call. JTAPI: Connection ESTABLISHED (core CONNECTED),
 * TerminalConnection TALKING.
 */
public final class EstablishedEvent extends CstaEvent {

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
