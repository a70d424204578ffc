package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * An outgoing call left the switch for the public network; the network party's connection is reported {@code
 * connected} until the network tells more. JTAPI: CallControlConnection NETWORK_REACHED (core CONNECTED).
 */
public final class NetworkReachedEvent extends CstaEvent {

    NetworkReachedEvent(CstaEvent.Builder b) {
        super(b);
        requireDevice(DeviceRole.CALLED);
    }

    /** @return the connection of the network party (the subject) */
    public ConnectionRef outboundConnection() {
        return subject();
    }

    /** @return the calling device */
    public Optional<DeviceId> callingDevice() {
        return device(DeviceRole.CALLING);
    }

    /** @return the network party called */
    public DeviceId calledDevice() {
        return device(DeviceRole.CALLED).orElseThrow();
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
