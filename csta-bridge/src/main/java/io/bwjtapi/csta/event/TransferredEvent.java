package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.DeviceId;
import java.util.List;
import java.util.Optional;

/**
 * A device transferred a call (ECMA-323 {@code TransferedEvent}). The transferring device's connections
 * leave; when two calls were involved (a consultative transfer) the secondary old call is merged into the
 * primary, which survives as {@link #call()}. {@link #transferredConnections()} lists every connection that
 * moved, joined or left; the subject is the transferring device's connection with its state after the event
 * (null once it left).
 */
public final class TransferredEvent extends CallMergeEvent {

    TransferredEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.TRANSFERRING);
    }

    /** @return the device that transferred the call */
    public DeviceId transferringDevice() {
        return device(DeviceRole.TRANSFERRING).orElseThrow();
    }

    /** @return the device the call was transferred to, when known */
    public Optional<DeviceId> transferredToDevice() {
        return device(DeviceRole.TRANSFERRED_TO);
    }

    /** @return how each connection concerned changed (the same as {@link #connections()}) */
    public List<ConnectionListItem> transferredConnections() {
        return connections();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
