package io.bwjtapi.config;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every key of the provider string (and of the properties file and {@code bwjtapi.<key>} system
 * properties), with its type, default and meaning. Keys are matched without regard to case.
 */
public enum ConfigKey {
    /** {@code login}: the BroadWorks login (user id) the provider authenticates with. Required. */
    LOGIN("login", "required", "the BroadWorks login (user id)", ConfigValues::text, null),
    /** {@code passwd}: its password. Required; never logged or shown. */
    PASSWD("passwd", "required", "the login's password (never logged)", ConfigValues::text, null, true),
    /** {@code tls}: use HTTPS ({@code true}) or plain HTTP. Default {@code true}. */
    TLS("tls", "true", "HTTPS (true) or plain HTTP (false)", ConfigValues::bool, () -> Boolean.TRUE),
    /** {@code trustStore}: trust store file for the XSPs' certificates. Default: the JVM's trust store. */
    TRUST_STORE("trustStore", "the JVM's default trust store", "trust store file for the XSP certificates",
            ConfigValues::path, null),
    /** {@code trustStorePassword}: password of the trust store. Default: none; never logged. */
    TRUST_STORE_PASSWORD("trustStorePassword", "none", "password of the trust store (never logged)",
            ConfigValues::text, null, true),
    /** {@code trustStoreType}: {@code PKCS12} (default) or {@code JKS}. */
    TRUST_STORE_TYPE("trustStoreType", "PKCS12", "PKCS12 or JKS", ConfigKey::storeType, () -> "PKCS12"),
    /** {@code hostnameVerification}: check that the certificate names the XSP. Default {@code true}. */
    HOSTNAME_VERIFICATION("hostnameVerification", "true", "check that the certificate names the XSP",
            ConfigValues::bool, () -> Boolean.TRUE),
    /** {@code users}: comma-separated user ids or numbers to monitor. Default: every user in the login's directory. */
    USERS("users", "every user in the login's directory", "comma-separated user ids or numbers to monitor",
            ConfigValues::list, null),
    /**
     * {@code directoryUser}: the user whose group directory lists the users to monitor when {@code users} is not
     * given (BroadWorks directories belong to users). Default: the login.
     */
    DIRECTORY_USER("directoryUser", "the login", "user whose group directory lists the users to monitor",
            ConfigValues::text, null),
    /**
     * {@code channelSetId}: the Xsi channel set id. Default: derived from the login and the application id, so that
     * it stays the same across restarts and a restarted provider finds its subscriptions instead of leaking them.
     * Give each provider instance that shares a login its own application id (or its own channel set id).
     */
    CHANNEL_SET_ID("channelSetId", "derived from login and applicationId (stable across restarts)",
            "Xsi channel set id, kept across reconnects and restarts", ConfigValues::text, null),
    /**
     * {@code applicationId} (alias {@code appinfo}): the application id given to BroadWorks. Default {@code bwjtapi}.
     */
    APPLICATION_ID("applicationId", "bwjtapi", "application id sent to BroadWorks (alias appinfo)",
            ConfigValues::text, () -> "bwjtapi"),
    /** {@code channels}: event channels in the set; 0 (default) means one per XSP. */
    CHANNELS("channels", "0 (one per XSP)", "event channels in the channel set",
            raw -> ConfigValues.integer(raw, 0, 16), () -> 0),
    /** {@code channelExpires}: requested channel lifetime. Default {@code 3600s}. */
    CHANNEL_EXPIRES("channelExpires", "3600s", "requested event channel lifetime",
            raw -> ConfigValues.duration(raw, Duration.ofSeconds(60)), () -> Duration.ofSeconds(3600)),
    /** {@code subscriptionExpires}: requested subscription lifetime. Default {@code 2147483647s}. */
    SUBSCRIPTION_EXPIRES("subscriptionExpires", "2147483647s", "requested subscription lifetime",
            raw -> ConfigValues.duration(raw, Duration.ofSeconds(60)), () -> Duration.ofSeconds(2_147_483_647L)),
    /** {@code connectTimeout}: TCP/TLS connect timeout per XSP. Default {@code 5s}. */
    CONNECT_TIMEOUT("connectTimeout", "5s", "TCP and TLS connect timeout", ConfigKey::positive,
            () -> Duration.ofSeconds(5)),
    /** {@code requestTimeout}: how long a request to BroadWorks may take. Default {@code 10s}. */
    REQUEST_TIMEOUT("requestTimeout", "10s", "time a request to BroadWorks may take", ConfigKey::positive,
            () -> Duration.ofSeconds(10)),
    /**
     * {@code postConditionTimeout}: how long a blocking JTAPI method waits for its post-condition. Default {@code 10s}.
     */
    POST_CONDITION_TIMEOUT("postConditionTimeout", "10s",
            "time a blocking method waits for its post-condition after BroadWorks accepted the request",
            ConfigKey::positive, () -> Duration.ofSeconds(10)),
    /** {@code openTimeout}: how long an attempt to open a channel may take. Default {@code 10s}. */
    OPEN_TIMEOUT("openTimeout", "10s", "time an attempt to open a channel may take", ConfigKey::positive,
            () -> Duration.ofSeconds(10)),
    /** {@code heartbeatInterval}: heartbeat period per channel. Default {@code 1s}. */
    HEARTBEAT_INTERVAL("heartbeatInterval", "1s", "heartbeat period per channel", ConfigKey::positive,
            () -> Duration.ofSeconds(1)),
    /**
     * {@code heartbeatMissTolerance}: heartbeat periods without traffic before a channel is dead. Default {@code 2}.
     */
    HEARTBEAT_MISS_TOLERANCE("heartbeatMissTolerance", "2",
            "heartbeat periods without traffic before a channel is dead",
            raw -> ConfigValues.integer(raw, 1, 100), () -> 2),
    /**
     * {@code outOfServiceGrace}: time without any live channel before the provider goes out of service. Default {@code
     * 1s}.
     */
    OUT_OF_SERVICE_GRACE("outOfServiceGrace", "1s",
            "time without a live channel before the provider goes out of service",
            raw -> ConfigValues.duration(raw, Duration.ZERO), () -> Duration.ofSeconds(1)),
    /** {@code reconnectBackoffInitial}: first wait before retrying a failed XSP. Default {@code 500ms}. */
    RECONNECT_BACKOFF_INITIAL("reconnectBackoffInitial", "500ms", "first wait before retrying a failed XSP",
            ConfigKey::positive, () -> Duration.ofMillis(500)),
    /** {@code reconnectBackoffMax}: longest wait before retrying a failed XSP. Default {@code 3s}. */
    RECONNECT_BACKOFF_MAX("reconnectBackoffMax", "3s", "longest wait before retrying a failed XSP",
            ConfigKey::positive, () -> Duration.ofSeconds(3)),
    /** {@code reconnectAttempts}: failed reconnect attempts before giving up (SHUTDOWN); 0 (default) = never. */
    RECONNECT_ATTEMPTS("reconnectAttempts", "0 (never give up)",
            "failed reconnect attempts before the provider shuts down",
            raw -> ConfigValues.integer(raw, 0, Integer.MAX_VALUE), () -> 0),
    /** {@code reconnectTimeLimit}: time without a channel before giving up; 0 (default) = never. */
    RECONNECT_TIME_LIMIT("reconnectTimeLimit", "0 (never give up)",
            "time without a channel before the provider shuts down",
            raw -> ConfigValues.duration(raw, Duration.ZERO), () -> Duration.ZERO),
    /**
     * {@code fallbackAfter}: how long the preferred (first) XSP must be healthy before falling back to it. Default
     * {@code 60s}.
     */
    FALLBACK_AFTER("fallbackAfter", "60s", "time the first XSP must be healthy before falling back to it",
            ConfigKey::positive, () -> Duration.ofSeconds(60)),
    /** {@code alertingResyncAfter}: alerting time after which a device is resynchronised. Default {@code 20s}. */
    ALERTING_RESYNC_AFTER("alertingResyncAfter", "20s", "alerting time after which a device's calls are resynchronised",
            ConfigKey::positive, () -> Duration.ofSeconds(20)),
    /** {@code periodicResyncInterval}: interval of the periodic resync per device. Default {@code 30m}. */
    PERIODIC_RESYNC_INTERVAL("periodicResyncInterval", "30m", "interval of the periodic resync per device",
            ConfigKey::positive, () -> Duration.ofMinutes(30)),
    /** {@code failoverStyle}: {@code cisco} (default) or {@code clear-calls}; see {@link FailoverStyle}. */
    FAILOVER_STYLE("failoverStyle", "cisco", "cisco (observation ends, snapshots follow) or clear-calls",
            FailoverStyle::parse, () -> FailoverStyle.CISCO),
    /** {@code dispatchThreads}: threads delivering events to observers and listeners. Default {@code 4}. */
    DISPATCH_THREADS("dispatchThreads", "4", "threads delivering events to observers and listeners",
            raw -> ConfigValues.integer(raw, 1, 64), () -> 4),
    /** {@code slowCallbackThreshold}: callback duration or event age that is reported as slow. Default {@code 1s}. */
    SLOW_CALLBACK_THRESHOLD("slowCallbackThreshold", "1s", "callback duration or event age reported as slow",
            ConfigKey::positive, () -> Duration.ofSeconds(1)),
    /** {@code connector}: the switch connector to use. Default {@code broadworks}. */
    CONNECTOR("connector", "broadworks", "the switch connector (SwitchConnector.name())", ConfigValues::text,
            () -> "broadworks"),
    /** {@code config}: a properties file with further keys (same names). Default: none. */
    CONFIG("config", "none", "properties file with further keys", ConfigValues::path, null);

    private final String key;
    private final String defaultText;
    private final String description;
    private final Function<String, Object> parser;
    private final Supplier<Object> defaultValue;
    private final boolean secret;

    ConfigKey(String key, String defaultText, String description, Function<String, Object> parser,
            Supplier<Object> defaultValue) {
        this(key, defaultText, description, parser, defaultValue, false);
    }

    ConfigKey(String key, String defaultText, String description, Function<String, Object> parser,
            Supplier<Object> defaultValue, boolean secret) {
        this.key = key;
        this.defaultText = defaultText;
        this.description = description;
        this.parser = parser;
        this.defaultValue = defaultValue;
        this.secret = secret;
    }

    /** @return the key as written in the provider string */
    public String key() {
        return key;
    }

    /** @return the default, as documentation text */
    public String defaultText() {
        return defaultText;
    }

    /** @return what the key configures */
    public String description() {
        return description;
    }

    /** @return whether the value is a secret that is never shown */
    public boolean secret() {
        return secret;
    }

    Object parse(String raw) {
        return parser.apply(raw);
    }

    /** @return the default value, or {@code null} when the key has none */
    Object defaultValue() {
        return defaultValue == null ? null : defaultValue.get();
    }

    /**
     * Finds a key by name, ignoring case; {@code appinfo} is an alias of {@code applicationId}.
     *
     * @param name the key as written
     * @return the key, or {@code null} if there is no such key
     */
    public static ConfigKey find(String name) {
        String wanted = name.trim();
        if ("appinfo".equalsIgnoreCase(wanted)) {
            return APPLICATION_ID;
        }
        for (ConfigKey candidate : values()) {
            if (candidate.key.equalsIgnoreCase(wanted)) {
                return candidate;
            }
        }
        return null;
    }

    private static Object positive(String raw) {
        return ConfigValues.duration(raw, Duration.ofMillis(1));
    }

    private static Object storeType(String raw) {
        String type = ConfigValues.text(raw).toUpperCase(Locale.ROOT);
        if (!type.equals("PKCS12") && !type.equals("JKS")) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not PKCS12 or JKS");
        }
        return type;
    }
}
