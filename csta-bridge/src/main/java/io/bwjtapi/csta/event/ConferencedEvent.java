package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.DeviceId;
import java.util.List;
import java.util.Optional;

/**
 * Calls were joined into a conference. BroadWorks keeps each leg its own call session and the controller
 * links them; the model makes them one call: the secondary old call is merged into the primary, which
 * survives as {@link #call()}. The subject is the conferencing device's connection in the resulting call.
 */
public final class ConferencedEvent extends CallMergeEvent {

    ConferencedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.CONFERENCING);
    }

    /** @return the device that made the conference */
    public DeviceId conferencingDevice() {
        return device(DeviceRole.CONFERENCING).orElseThrow();
    }

    /** @return the party added, when known */
    public Optional<DeviceId> addedParty() {
        return device(DeviceRole.ADDED_PARTY);
    }

    /** @return how each connection concerned changed (the same as {@link #connections()}) */
    public List<ConnectionListItem> conferenceConnections() {
        return connections();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
