package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.List;
import java.util.Optional;

/**
 * A device transferred a call (ECMA-323 {@code TransferedEvent}). The transferring device's connections
 * leave; when two calls were involved (a consultative transfer) the secondary old call is merged into the
 * primary, which survives as {@link #call()}. {@link #transferredConnections()} lists every connection that
 * moved, joined or left; the subject is the transferring device's connection (state null).
 */
public final class TransferredEvent extends CstaEvent {

    TransferredEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.TRANSFERRING);
    }

    /** @return the call that survives (the same as {@link #call()}) */
    public CallRef primaryOldCall() {
        return super.primaryOldCall();
    }

    /** @return the call merged into the primary one and gone now; empty when only one call was involved */
    @Override
    public Optional<CallRef> secondaryOldCall() {
        return super.secondaryOldCall();
    }

    /** @return the device that transferred the call */
    public DeviceId transferringDevice() {
        return device(DeviceRole.TRANSFERRING).orElseThrow();
    }

    /** @return the device the call was transferred to, when known */
    public Optional<DeviceId> transferredToDevice() {
        return device(DeviceRole.TRANSFERRED_TO);
    }

    /** @return how each connection concerned changed */
    public List<ConnectionListItem> transferredConnections() {
        return items();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
