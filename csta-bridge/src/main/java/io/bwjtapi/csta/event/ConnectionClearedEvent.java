package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * A device left the call; the call may go on. Cause {@link EventCause#SWITCHING_FUNCTION_TERMINATED} marks a
 * party removed because BroadWorks no longer knows it (after an Application Server failover). JTAPI:
 * Connection DISCONNECTED, TerminalConnection DROPPED.
 */
public final class ConnectionClearedEvent extends CstaEvent {

    ConnectionClearedEvent(CstaEvent.Builder b) {
        super(b);
    }

    /** @return the connection that left (the subject) */
    public ConnectionRef droppedConnection() {
        return subject();
    }

    /** @return the device that released, when known */
    public Optional<DeviceId> releasingDevice() {
        return device(DeviceRole.RELEASING);
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
