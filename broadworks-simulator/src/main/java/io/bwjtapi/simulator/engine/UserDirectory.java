package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.model.SimUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The group's users, generated deterministically from the seed, and the look-up of an address as a person
 * would dial it: userId, E.164 number, national digits, extension, device address, {@code tel:} or
 * {@code sip:} URI. Deleted users disappear from every look-up.
 */
public final class UserDirectory {
    private static final String[] FIRST = {"Ada", "Boris", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hugo",
        "Ines", "Jonas", "Kira", "Lars", "Mona", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST = {"Adler", "Brandt", "Costa", "Dahl", "Engel", "Fischer", "Gomez", "Hansen",
        "Ivanova", "Jensen", "Keller", "Lindqvist", "Moreau", "Novak", "Olsen", "Petrov", "Quist", "Richter"};
    private static final int FIRST_EXTENSION = 1001;

    private final Map<String, SimUser> byUserId = new LinkedHashMap<>();
    private final Map<String, SimUser> byAlias = new HashMap<>();

    /** Generates the users the configuration asks for. */
    public UserDirectory(SimulatorConfig config) {
        Random random = new Random(config.seed());
        int firstAgent = config.users() - config.callCenterAgents();
        for (int i = 0; i < config.users(); i++) {
            String extension = Integer.toString(FIRST_EXTENSION + i);
            String digits = "1555" + String.format("%07d", 100_000 + FIRST_EXTENSION + i);
            SimUser user = new SimUser("user" + extension + "@" + config.domain(), "+" + digits, extension,
                    FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
                    digits.substring(1) + "@" + config.domain(), i >= firstAgent, config.groupId(),
                    config.enterpriseId());
            add(user);
        }
    }

    private void add(SimUser user) {
        byUserId.put(user.userId(), user);
        for (String alias : List.of(user.userId(), user.dn(), user.dnDigits(), user.dnDigits().substring(1),
                user.extension(), user.deviceAddressOfRecord())) {
            byAlias.put(alias.toLowerCase(), user);
        }
    }

    /** Returns every current user in extension order. */
    public List<SimUser> all() {
        return Collections.unmodifiableList(new ArrayList<>(byUserId.values()));
    }

    /** Returns the user with this userId. */
    public Optional<SimUser> byUserId(String userId) {
        return Optional.ofNullable(byUserId.get(userId));
    }

    /** Resolves an address as dialled (userId, number, extension, device address, tel: or sip: URI). */
    public Optional<SimUser> resolve(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String key = normalise(address).toLowerCase();
        SimUser user = byAlias.get(key);
        int at = key.indexOf('@');
        if (user == null && at > 0) {
            user = byAlias.get(key.substring(0, at)); // sip:1001@any-host dials the extension
        }
        return Optional.ofNullable(user);
    }

    /** Removes a user; returns it if it existed. */
    public Optional<SimUser> delete(String userId) {
        SimUser user = byUserId.remove(userId);
        if (user != null) {
            byAlias.values().removeIf(u -> u.userId().equals(userId));
        }
        return Optional.ofNullable(user);
    }

    /**
     * Strips URI schemes and parameters so that {@code tel:+15550101001;ext=1001} and
     * {@code sip:1001@host} resolve like plain numbers.
     */
    static String normalise(String address) {
        String a = address.trim();
        if (a.startsWith("tel:")) {
            a = a.substring(4);
        } else if (a.startsWith("sip:") || a.startsWith("sips:")) {
            a = a.substring(a.indexOf(':') + 1);
        }
        int semicolon = a.indexOf(';');
        if (semicolon >= 0) {
            a = a.substring(0, semicolon);
        }
        return a.replace("-", "").replace(" ", "");
    }

    /** Returns the number an external address stands for, in the form the network shows it. */
    public static String externalNumber(String address) {
        String a = normalise(address);
        int at = a.indexOf('@');
        return at > 0 ? a.substring(0, at) : a;
    }
}
