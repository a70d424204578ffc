package io.bwjtapi.csta.model;

import io.bwjtapi.xsi.model.CallType;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.XsiAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A party of a call: its device and what BroadWorks told about it (name, address, userId, call type). A
 * party known only as a monitored user has nothing but its device.
 */
public final class Party {
    private final DeviceId device;
    private final String name;
    private final String address;
    private final String userId;
    private final CallType callType;
    private final boolean privacy;

    private Party(DeviceId device, String name, String address, String userId, CallType callType,
            boolean privacy) {
        this.device = Objects.requireNonNull(device, "device");
        this.name = name;
        this.address = address;
        this.userId = userId;
        this.callType = callType;
        this.privacy = privacy;
    }

    /**
     * Returns a monitored user as a party.
     *
     * @param device the user's device
     * @return the party, without details
     */
    public static Party user(DeviceId device) {
        return new Party(device, null, null, device.value(), null, false);
    }

    /**
     * Returns the party BroadWorks describes. Its device is the userId when given (so that it matches the
     * device of that user when monitored), else the address, else the user's DN, else {@code unknownKey}.
     *
     * @param info what BroadWorks sent
     * @param unknownKey the device name to use when the party has no identity at all (may be {@code null}
     *     when it has one)
     * @return the party
     */
    public static Party of(PartyInfo info, String unknownKey) {
        String address = info.address().map(XsiAddress::uri).orElse(null);
        String dn = info.userDn().map(XsiAddress::uri).orElse(null);
        String id = info.userId().orElse(address != null ? address : dn != null ? dn : unknownKey);
        return new Party(DeviceId.of(id), info.name().orElse(null), address != null ? address : dn,
                info.userId().orElse(null), info.callType().orElse(null), info.privacy());
    }

    /**
     * Returns a party known only by an address, e.g. a redirection target.
     *
     * @param address the address URI
     * @return the party
     */
    public static Party address(XsiAddress address) {
        return new Party(DeviceId.of(address.uri()), null, address.uri(), null, null, false);
    }

    /** @return the party's device */
    public DeviceId device() {
        return device;
    }

    /** @return the display name */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the address URI, e.g. {@code tel:1002}, or the DN when no address was given */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /** @return the BroadWorks userId of a user in the same group or enterprise */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return where the party sits relative to the user (Group, Enterprise, Network, ...) */
    public Optional<CallType> callType() {
        return Optional.ofNullable(callType);
    }

    /** @return whether the party asked for privacy */
    public boolean privacy() {
        return privacy;
    }

    /** @return whether the party is reached through the public network (JTAPI NETWORK_* states apply) */
    public boolean isNetwork() {
        return callType == CallType.NETWORK || callType == CallType.EMERGENCY || callType == CallType.REPAIR;
    }

    /**
     * Combines two descriptions of the same device, preferring this one's details.
     *
     * @param other another description of the same device
     * @return a party with every detail either knows
     */
    public Party withDetailsFrom(Party other) {
        if (!device.equals(other.device)) {
            return this;
        }
        return new Party(device, name != null ? name : other.name, address != null ? address : other.address,
                userId != null ? userId : other.userId, callType != null ? callType : other.callType,
                privacy || other.privacy);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Party)) {
            return false;
        }
        Party p = (Party) o;
        return device.equals(p.device) && Objects.equals(name, p.name) && Objects.equals(address, p.address)
                && Objects.equals(userId, p.userId) && callType == p.callType && privacy == p.privacy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(device, name, address, userId, callType, privacy);
    }

    @Override
    public String toString() {
        return "Party[" + device + (address != null && !address.equals(device.value()) ? " " + address : "")
                + (callType != null ? " " + callType : "") + "]";
    }
}
