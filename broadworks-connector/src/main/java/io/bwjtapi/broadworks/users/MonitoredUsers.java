package io.bwjtapi.broadworks.users;

import io.bwjtapi.provider.spi.DeviceInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users a session monitors, found by userId or by any of their JTAPI names. Immutable, so every thread
 * may read it.
 */
public final class MonitoredUsers {
    private final Map<String, MonitoredUser> byUserId = new LinkedHashMap<>();
    private final Map<String, MonitoredUser> byName = new HashMap<>();

    /** @param users the users, in the order the JTAPI layer lists them (duplicate userIds are dropped) */
    public MonitoredUsers(List<MonitoredUser> users) {
        for (MonitoredUser user : users) {
            if (byUserId.putIfAbsent(user.userId(), user) == null) {
                for (String name : user.names()) {
                    byName.putIfAbsent(name, user);
                }
            }
        }
    }

    /** @return the users, in order */
    public List<MonitoredUser> all() {
        return Collections.unmodifiableList(new ArrayList<>(byUserId.values()));
    }

    /** @return how many users are monitored */
    public int size() {
        return byUserId.size();
    }

    /**
     * @param userId a BroadWorks userId
     * @return the user, when monitored
     */
    public Optional<MonitoredUser> byUserId(String userId) {
        return Optional.ofNullable(byUserId.get(userId));
    }

    /**
     * @param name an address name or alias (userId, number, extension)
     * @return the user, when monitored
     */
    public Optional<MonitoredUser> byName(String name) {
        MonitoredUser user = byName.get(name);
        return user != null ? Optional.of(user) : Optional.ofNullable(byUserId.get(name));
    }

    /** @return the devices as the JTAPI layer takes them */
    public List<DeviceInfo> deviceInfos() {
        List<DeviceInfo> infos = new ArrayList<>(byUserId.size());
        for (MonitoredUser user : byUserId.values()) {
            infos.add(user.toDeviceInfo());
        }
        return infos;
    }

    @Override
    public String toString() {
        return "MonitoredUsers" + byUserId.values();
    }
}
