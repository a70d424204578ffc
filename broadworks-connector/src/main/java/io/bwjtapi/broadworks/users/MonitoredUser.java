package io.bwjtapi.broadworks.users;

import io.bwjtapi.provider.spi.DeviceInfo;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One BroadWorks user the provider monitors, with the names the JTAPI layer shows: the address name (the
 * extension, else the number, else the userId), the terminal name (the userId: BroadWorks gives a user one
 * primary device, whose address of record is only learned from call events) and the aliases under which
 * {@code Provider.getAddress} finds it (userId, number with and without {@code +}, extension).
 */
public final class MonitoredUser {
    private final String userId;
    private final String number;
    private final String extension;

    /**
     * @param userId the BroadWorks userId
     * @param number the user's number (for example {@code +15550101001}), or {@code null}
     * @param extension the user's extension, or {@code null}
     */
    public MonitoredUser(String userId, String number, String extension) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.number = blankToNull(number);
        this.extension = blankToNull(extension);
    }

    /** @return the BroadWorks userId */
    public String userId() {
        return userId;
    }

    /** @return the JTAPI address name */
    public String addressName() {
        return extension != null ? extension : number != null ? number : userId;
    }

    /** @return the JTAPI terminal name */
    public String terminalName() {
        return userId;
    }

    /** @return every name the address is known by, the address name first */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(addressName());
        names.add(userId);
        if (number != null) {
            names.add(number);
            if (number.startsWith("+")) {
                names.add(number.substring(1));
            }
        }
        if (extension != null) {
            names.add(extension);
        }
        return names;
    }

    /** @return the device as the JTAPI layer takes it */
    public DeviceInfo toDeviceInfo() {
        return new DeviceInfo(addressName(), terminalName(), names());
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonitoredUser && userId.equals(((MonitoredUser) o).userId)
                && Objects.equals(number, ((MonitoredUser) o).number)
                && Objects.equals(extension, ((MonitoredUser) o).extension);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return userId + "(" + addressName() + ")";
    }
}
