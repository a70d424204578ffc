package io.bwjtapi.provider.spi;

import java.util.Objects;

/**
 * Names one party of a call in a command: the stable call identifier, the party's address name and the
 * switch's handle for the party's call half (from {@link ConnectionUpdate#handle()}, {@code null} if none was
 * reported). Commands only name local parties.
 */
public final class ConnectionRef {
    private final String callId;
    private final String address;
    private final String handle;

    /**
     * @param callId the stable call identifier
     * @param address the local address name
     * @param handle the switch's handle, or {@code null}
     */
    public ConnectionRef(String callId, String address, String handle) {
        this.callId = SpiChecks.name(callId, "callId");
        this.address = SpiChecks.name(address, "address");
        this.handle = handle;
    }

    /** @return the stable call identifier */
    public String callId() {
        return callId;
    }

    /** @return the local address name */
    public String address() {
        return address;
    }

    /** @return the switch's handle for the call half, or {@code null} */
    public String handle() {
        return handle;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConnectionRef)) {
            return false;
        }
        ConnectionRef other = (ConnectionRef) o;
        return callId.equals(other.callId) && address.equals(other.address) && Objects.equals(handle, other.handle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, address, handle);
    }

    @Override
    public String toString() {
        return callId + "/" + address + (handle == null ? "" : "#" + handle);
    }
}
