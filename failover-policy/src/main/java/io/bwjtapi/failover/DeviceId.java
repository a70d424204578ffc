package io.bwjtapi.failover;

import java.util.Objects;

/**
 * A monitored BroadWorks user as the failover policy sees it: the unit that has one event subscription,
 * one service state and one resync at a time. The value is the BroadWorks userId.
 */
public final class DeviceId {
    private final String userId;

    private DeviceId(String userId) {
        this.userId = userId;
    }

    /**
     * Returns the device of this BroadWorks user.
     *
     * @param userId the BroadWorks userId, not blank
     * @return the device id
     * @throws IllegalArgumentException if the userId is blank
     */
    public static DeviceId of(String userId) {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("device userId must not be blank");
        }
        return new DeviceId(userId);
    }

    /** @return the BroadWorks userId */
    public String userId() {
        return userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceId && userId.equals(((DeviceId) other).userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return userId;
    }
}
