package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/** A connection attempt failed (busy, unobtainable ...). JTAPI: Connection FAILED. */
public final class FailedEvent extends CstaEvent {

    FailedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.FAILING);
    }

    /** @return the connection that failed (the subject) */
    public ConnectionRef failedConnection() {
        return subject();
    }

    /** @return the device whose connection failed */
    public DeviceId failingDevice() {
        return device(DeviceRole.FAILING).orElseThrow();
    }

    /** @return the calling device */
    public Optional<DeviceId> callingDevice() {
        return device(DeviceRole.CALLING);
    }

    /** @return the device originally called */
    public Optional<DeviceId> calledDevice() {
        return device(DeviceRole.CALLED);
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
