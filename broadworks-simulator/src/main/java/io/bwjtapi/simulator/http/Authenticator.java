package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.engine.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** Checks HTTP Basic credentials against the administrator and the users of the group. */
public final class Authenticator {
    private final SimulatorConfig config;
    private final UserDirectory directory;

    public Authenticator(SimulatorConfig config, UserDirectory directory) {
        this.config = config;
        this.directory = directory;
    }

    /** Returns the login the header proves, or empty when it is missing, malformed or wrong. */
    public Optional<Login> authenticate(String authorization) {
        Optional<String[]> credentials = decode(authorization);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String user = credentials.get()[0];
        String password = credentials.get()[1];
        if (user.equals(config.adminLogin())) {
            return same(password, config.adminPassword()) ? Optional.of(new Login(user, true)) : Optional.empty();
        }
        if (directory.byUserId(user).isPresent() && same(password, config.userPassword())) {
            return Optional.of(new Login(user, false));
        }
        return Optional.empty();
    }

    /** Returns the login name a header claims (for recording), without checking the password. */
    public static Optional<String> claimedLogin(String authorization) {
        return decode(authorization).map(c -> c[0]);
    }

    private static Optional<String[]> decode(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
