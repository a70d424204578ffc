package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What BroadWorks tells about the other party of a call (XSD {@code PartyInformation}). Every part is
 * optional: {@code userId} and {@code userDN} appear only for parties in the same group or enterprise.
 */
public final class PartyInfo {
    /** A party about which nothing is known. */
    public static final PartyInfo EMPTY = new PartyInfo(null, null, null, null, false, null);

    private final String name;
    private final XsiAddress address;
    private final String userId;
    private final XsiAddress userDn;
    private final boolean privacy;
    private final CallType callType;

    /**
     * Creates party information; pass {@code null} for absent parts.
     *
     * @param name display name
     * @param address the party's address (URI)
     * @param userId the BroadWorks user id of a party in the same group or enterprise
     * @param userDn the directory number URI of such a party
     * @param privacy whether the party asked for privacy
     * @param callType where the party sits relative to the user
     */
    public PartyInfo(String name, XsiAddress address, String userId, XsiAddress userDn, boolean privacy,
            CallType callType) {
        this.name = name;
        this.address = address;
        this.userId = userId;
        this.userDn = userDn;
        this.privacy = privacy;
        this.callType = callType;
    }

    /** @return the display name */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the party's address, e.g. {@code tel:1011} */
    public Optional<XsiAddress> address() {
        return Optional.ofNullable(address);
    }

    /** @return the BroadWorks user id (same group or enterprise only) */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return the directory number URI (same group or enterprise only) */
    public Optional<XsiAddress> userDn() {
        return Optional.ofNullable(userDn);
    }

    /** @return whether the party's identity is private */
    public boolean privacy() {
        return privacy;
    }

    /** @return where the party sits relative to the user */
    public Optional<CallType> callType() {
        return Optional.ofNullable(callType);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartyInfo)) {
            return false;
        }
        PartyInfo other = (PartyInfo) o;
        return privacy == other.privacy && Objects.equals(name, other.name) && Objects.equals(address, other.address)
                && Objects.equals(userId, other.userId) && Objects.equals(userDn, other.userDn)
                && callType == other.callType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, userId, userDn, privacy, callType);
    }

    @Override
    public String toString() {
        return "PartyInfo[name=" + name + ", address=" + address + ", userId=" + userId + ", userDN=" + userDn
                + ", privacy=" + privacy + ", callType=" + callType + "]";
    }
}
