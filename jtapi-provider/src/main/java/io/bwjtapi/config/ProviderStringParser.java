package io.bwjtapi.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import javax.telephony.ProviderUnavailableException;

/**
 * Turns a Cisco-style provider string into a {@link ProviderConfig}:
 * {@code xsp1[:port][,xsp2[:port]...];login=...;passwd=...[;key=value...]}.
 * <p>
 * Values come, in decreasing priority, from the provider string, from the properties file named by the
 * key {@code config} (or the system property {@code bwjtapi.config}), and from the system properties
 * {@code bwjtapi.<key>}; the rest take their defaults (see {@link ConfigKey}). With a {@code null} provider
 * string the XSP list comes from the system property {@code bwjtapi.service}. A malformed string, an unknown
 * key in the string or the file, or an invalid value fails with a {@link ProviderUnavailableException}
 * whose reason is {@link ProviderUnavailableException#CAUSE_INVALID_ARGUMENT} (or
 * {@link ProviderUnavailableException#CAUSE_INVALID_SERVICE} when no XSP list is given at all) and whose message names
 * the
 * problem but never a secret value. Unknown {@code bwjtapi.*} system properties are ignored, because other
 * components use the prefix too.
 */
public final class ProviderStringParser {
    /** Prefix of the system properties that supply configuration keys. */
    public static final String SYSTEM_PREFIX = "bwjtapi.";
    /** System property holding the XSP list used when the provider string is {@code null}. */
    public static final String SERVICE_PROPERTY = "bwjtapi.service";

    private final Properties systemProperties;

    /** @param systemProperties the system properties to read {@code bwjtapi.<key>} values from */
    public ProviderStringParser(Properties systemProperties) {
        this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
    }

    /**
     * @param providerString the provider string, or {@code null} for the service named by {@code bwjtapi.service}
     * @return the validated configuration
     * @throws ProviderUnavailableException if the string or a value is not valid
     */
    public ProviderConfig parse(String providerString) {
        String service;
        Map<ConfigKey, String> raw = new EnumMap<>(ConfigKey.class);
        if (providerString == null) {
            service = systemProperties.getProperty(SERVICE_PROPERTY);
            if (service == null || service.trim().isEmpty()) {
                throw invalidService("no provider string was given and the system property " + SERVICE_PROPERTY
                        + " names no XSP");
            }
        } else {
            String[] segments = providerString.split(";", -1);
            service = segments[0];
            readArguments(segments, raw);
        }
        try {
            readPropertiesFile(raw);
            readSystemProperties(raw);
            Map<ConfigKey, Object> values = validate(raw);
            boolean tls = (Boolean) values.get(ConfigKey.TLS);
            return new ProviderConfig(service.trim(), ServerListParser.parse(service, tls), values);
        } catch (ProviderUnavailableException e) {
            throw scrubbed(e, raw);
        }
    }

    /** Masks the secrets wherever a misplaced value might have copied them into the message. */
    private static ProviderUnavailableException scrubbed(ProviderUnavailableException e, Map<ConfigKey, String> raw) {
        String message = e.getMessage();
        for (ConfigKey key : ConfigKey.values()) {
            String secret = key.secret() ? raw.get(key) : null;
            if (secret != null && !secret.trim().isEmpty()) {
                message = message.replace(secret.trim(), "****").replace(secret, "****");
            }
        }
        return message.equals(e.getMessage()) ? e : new ProviderUnavailableException(e.getReason(), message);
    }

    private static void readArguments(String[] segments, Map<ConfigKey, String> raw) {
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.trim().isEmpty()) {
                continue;
            }
            int equals = segment.indexOf('=');
            if (equals < 0) {
                throw invalid("argument " + i + " is not of the form key=value");
            }
            String name = segment.substring(0, equals).trim();
            if (name.isEmpty()) {
                throw invalid("argument " + i + " has no key before '='");
            }
            ConfigKey key = ConfigKey.find(name);
            if (key == null) {
                throw invalid("unknown key '" + name + "'; known keys: " + knownKeys());
            }
            if (raw.put(key, segment.substring(equals + 1)) != null) {
                throw invalid("key '" + key.key() + "' is given more than once");
            }
        }
    }

    private void readPropertiesFile(Map<ConfigKey, String> raw) {
        String pathText = raw.containsKey(ConfigKey.CONFIG) ? raw.get(ConfigKey.CONFIG)
                : systemProperties.getProperty(SYSTEM_PREFIX + ConfigKey.CONFIG.key());
        if (pathText == null) {
            return;
        }
        Path path = checked(ConfigKey.CONFIG, () -> ConfigValues.path(pathText));
        raw.put(ConfigKey.CONFIG, pathText);
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            file.load(reader);
        } catch (IOException | RuntimeException e) {
            throw invalid("the properties file '" + path + "' cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        for (String name : file.stringPropertyNames()) {
            ConfigKey key = ConfigKey.find(name);
            if (key == null || key == ConfigKey.CONFIG) {
                throw invalid("unknown key '" + name + "' in the properties file '" + path + "'; known keys: "
                        + knownKeys());
            }
            raw.putIfAbsent(key, file.getProperty(name));
        }
    }

    private void readSystemProperties(Map<ConfigKey, String> raw) {
        for (String name : systemProperties.stringPropertyNames()) {
            if (name.startsWith(SYSTEM_PREFIX)) {
                ConfigKey key = ConfigKey.find(name.substring(SYSTEM_PREFIX.length()));
                if (key != null && key != ConfigKey.CONFIG) {
                    raw.putIfAbsent(key, systemProperties.getProperty(name));
                }
            }
        }
    }

    private static Map<ConfigKey, Object> validate(Map<ConfigKey, String> raw) {
        Map<ConfigKey, Object> values = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            String text = raw.get(key);
            Object value = text == null ? key.defaultValue() : checked(key, () -> key.parse(text));
            if (value == null && (key == ConfigKey.LOGIN || key == ConfigKey.PASSWD)) {
                throw invalid("key '" + key.key() + "' is required");
            }
            if (value != null) {
                values.put(key, value);
            }
        }
        if (((java.time.Duration) values.get(ConfigKey.RECONNECT_BACKOFF_INITIAL))
                .compareTo((java.time.Duration) values.get(ConfigKey.RECONNECT_BACKOFF_MAX)) > 0) {
            throw invalid("key 'reconnectBackoffInitial' must not be longer than 'reconnectBackoffMax'");
        }
        return values;
    }

    private static <T> T checked(ConfigKey key, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw invalid("key '" + key.key() + "': value " + e.getMessage());
        }
    }

    private static String knownKeys() {
        StringBuilder b = new StringBuilder();
        for (ConfigKey key : ConfigKey.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(key.key());
        }
        return b.append(", appinfo").toString();
    }

    static ProviderUnavailableException invalid(String problem) {
        return new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT,
                "Invalid provider string: " + problem);
    }

    static ProviderUnavailableException invalidService(String problem) {
        return new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_SERVICE,
                "Invalid provider string: " + problem);
    }
}
