package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.AsRole;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The primary/secondary Application Server pair: which one is up and which one serves each user. Users are
 * homed on the primary; after a primary crash the secondary serves them until a recovered primary takes
 * each one back while it is idle.
 */
final class ApplicationServers {
    private final Map<String, AsRole> homes = new HashMap<>();
    private boolean primaryUp = true;

    boolean primaryUp() {
        return primaryUp;
    }

    AsRole serving(String userId) {
        return homes.getOrDefault(userId, primaryUp ? AsRole.PRIMARY : AsRole.SECONDARY);
    }

    /** The primary crashed: the secondary serves every user from now on. */
    void primaryDown(Collection<String> userIds) {
        primaryUp = false;
        userIds.forEach(user -> homes.put(user, AsRole.SECONDARY));
    }

    void primaryRecovered() {
        primaryUp = true;
    }

    void home(String userId, AsRole role) {
        homes.put(userId, role);
    }

    void forget(String userId) {
        homes.remove(userId);
    }

    /** Returns the explicit homes (users without an entry are served by the default server). */
    Map<String, AsRole> homes() {
        return Map.copyOf(homes);
    }
}
