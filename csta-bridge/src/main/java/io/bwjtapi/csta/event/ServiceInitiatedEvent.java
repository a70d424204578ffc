package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * A device went off hook to place a call; its connection is {@code initiated}. JTAPI: Connection INITIATED,
 * TerminalConnection TALKING.
 */
public final class ServiceInitiatedEvent extends CstaEvent {

    ServiceInitiatedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.INITIATING);
    }

    /** @return the connection that was initiated (the subject) */
    public ConnectionRef initiatedConnection() {
        return subject();
    }

    /** @return the device that went off hook */
    public DeviceId initiatingDevice() {
        return device(DeviceRole.INITIATING).orElseThrow();
    }

    /** @return the device being called, when known */
    public Optional<DeviceId> calledDevice() {
        return device(DeviceRole.CALLED);
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
