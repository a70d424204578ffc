package io.bwjtapi.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated, immutable configuration of one provider: the XSPs of the provider string and the value of
 * every {@link ConfigKey} (given or default).
 * <p>
 * Built by {@link ProviderStringParser} from the provider string, an optional properties file and
 * {@code bwjtapi.<key>} system properties. {@link #toString()} shows every key but never a secret.
 */
public final class ProviderConfig {
    private final String service;
    private final List<ServerAddress> servers;
    private final Map<ConfigKey, Object> values;

    ProviderConfig(String service, List<ServerAddress> servers, Map<ConfigKey, Object> values) {
        this.service = service;
        this.servers = Collections.unmodifiableList(servers);
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /**
     * Parses a provider string with the system properties of this JVM.
     *
     * @param providerString {@code xsp1[:port][,xsp2...];login=...;passwd=...[;key=value...]}
     * @return the configuration
     * @throws javax.telephony.ProviderUnavailableException with {@code CAUSE_INVALID_ARGUMENT} naming the
     *     problem (never the password)
     */
    public static ProviderConfig parse(String providerString) {
        return new ProviderStringParser(System.getProperties()).parse(providerString);
    }

    /** @return the service part of the provider string, as written (the XSP list) */
    public String service() {
        return service;
    }

    /** @return the XSPs in preference order, each with its effective port */
    public List<ServerAddress> servers() {
        return servers;
    }

    /** @return the provider's name: the service and the login, never a secret */
    public String providerName() {
        String name = service + ";login=" + login();
        String password = password();
        return password == null || password.isEmpty() ? name : name.replace(password, "****");
    }

    /** @return {@link ConfigKey#LOGIN} */
    public String login() {
        return (String) values.get(ConfigKey.LOGIN);
    }

    /** @return {@link ConfigKey#PASSWD}; never log it */
    public String password() {
        return (String) values.get(ConfigKey.PASSWD);
    }

    /** @return {@link ConfigKey#TLS} */
    public boolean tls() {
        return (Boolean) values.get(ConfigKey.TLS);
    }

    /** @return {@link ConfigKey#TRUST_STORE}, empty for the JVM's default */
    public Optional<Path> trustStore() {
        return Optional.ofNullable((Path) values.get(ConfigKey.TRUST_STORE));
    }

    /** @return {@link ConfigKey#TRUST_STORE_PASSWORD}, empty if none; never log it */
    public Optional<String> trustStorePassword() {
        return Optional.ofNullable((String) values.get(ConfigKey.TRUST_STORE_PASSWORD));
    }

    /** @return {@link ConfigKey#TRUST_STORE_TYPE} */
    public String trustStoreType() {
        return (String) values.get(ConfigKey.TRUST_STORE_TYPE);
    }

    /** @return {@link ConfigKey#HOSTNAME_VERIFICATION} */
    public boolean hostnameVerification() {
        return (Boolean) values.get(ConfigKey.HOSTNAME_VERIFICATION);
    }

    /** @return {@link ConfigKey#USERS}; empty means every user in the login's directory */
    @SuppressWarnings("unchecked")
    public List<String> users() {
        Object users = values.get(ConfigKey.USERS);
        return users == null ? List.of() : (List<String>) users;
    }

    /** @return {@link ConfigKey#DIRECTORY_USER}, empty for the login */
    public Optional<String> directoryUser() {
        return Optional.ofNullable((String) values.get(ConfigKey.DIRECTORY_USER));
    }

    /**
     * @return {@link ConfigKey#CHANNEL_SET_ID} when configured; empty means the connector derives a stable id from
     *     the login and {@link #applicationId()} (never a random one: a new id per start would leak subscriptions)
     */
    public Optional<String> channelSetId() {
        return Optional.ofNullable((String) values.get(ConfigKey.CHANNEL_SET_ID));
    }

    /** @return {@link ConfigKey#APPLICATION_ID} */
    public String applicationId() {
        return (String) values.get(ConfigKey.APPLICATION_ID);
    }

    /** @return {@link ConfigKey#CHANNELS} resolved: one per server when the key is 0 */
    public int channels() {
        int channels = (Integer) values.get(ConfigKey.CHANNELS);
        return channels == 0 ? servers.size() : channels;
    }

    /** @return {@link ConfigKey#CHANNEL_EXPIRES} */
    public Duration channelExpires() {
        return duration(ConfigKey.CHANNEL_EXPIRES);
    }

    /** @return {@link ConfigKey#SUBSCRIPTION_EXPIRES} */
    public Duration subscriptionExpires() {
        return duration(ConfigKey.SUBSCRIPTION_EXPIRES);
    }

    /** @return {@link ConfigKey#CONNECT_TIMEOUT} */
    public Duration connectTimeout() {
        return duration(ConfigKey.CONNECT_TIMEOUT);
    }

    /** @return {@link ConfigKey#REQUEST_TIMEOUT} */
    public Duration requestTimeout() {
        return duration(ConfigKey.REQUEST_TIMEOUT);
    }

    /** @return {@link ConfigKey#POST_CONDITION_TIMEOUT} */
    public Duration postConditionTimeout() {
        return duration(ConfigKey.POST_CONDITION_TIMEOUT);
    }

    /** @return {@link ConfigKey#OPEN_TIMEOUT} */
    public Duration openTimeout() {
        return duration(ConfigKey.OPEN_TIMEOUT);
    }

    /** @return {@link ConfigKey#HEARTBEAT_INTERVAL} */
    public Duration heartbeatInterval() {
        return duration(ConfigKey.HEARTBEAT_INTERVAL);
    }

    /** @return {@link ConfigKey#HEARTBEAT_MISS_TOLERANCE} */
    public int heartbeatMissTolerance() {
        return (Integer) values.get(ConfigKey.HEARTBEAT_MISS_TOLERANCE);
    }

    /** @return {@link ConfigKey#OUT_OF_SERVICE_GRACE} */
    public Duration outOfServiceGrace() {
        return duration(ConfigKey.OUT_OF_SERVICE_GRACE);
    }

    /** @return {@link ConfigKey#RECONNECT_BACKOFF_INITIAL} */
    public Duration reconnectBackoffInitial() {
        return duration(ConfigKey.RECONNECT_BACKOFF_INITIAL);
    }

    /** @return {@link ConfigKey#RECONNECT_BACKOFF_MAX} */
    public Duration reconnectBackoffMax() {
        return duration(ConfigKey.RECONNECT_BACKOFF_MAX);
    }

    /** @return {@link ConfigKey#RECONNECT_ATTEMPTS}; 0 means never give up */
    public int reconnectAttempts() {
        return (Integer) values.get(ConfigKey.RECONNECT_ATTEMPTS);
    }

    /** @return {@link ConfigKey#RECONNECT_TIME_LIMIT}; zero means never give up */
    public Duration reconnectTimeLimit() {
        return duration(ConfigKey.RECONNECT_TIME_LIMIT);
    }

    /** @return {@link ConfigKey#FALLBACK_AFTER} */
    public Duration fallbackAfter() {
        return duration(ConfigKey.FALLBACK_AFTER);
    }

    /** @return {@link ConfigKey#ALERTING_RESYNC_AFTER} */
    public Duration alertingResyncAfter() {
        return duration(ConfigKey.ALERTING_RESYNC_AFTER);
    }

    /** @return {@link ConfigKey#PERIODIC_RESYNC_INTERVAL} */
    public Duration periodicResyncInterval() {
        return duration(ConfigKey.PERIODIC_RESYNC_INTERVAL);
    }

    /** @return {@link ConfigKey#FAILOVER_STYLE} */
    public FailoverStyle failoverStyle() {
        return (FailoverStyle) values.get(ConfigKey.FAILOVER_STYLE);
    }

    /** @return {@link ConfigKey#DISPATCH_THREADS} */
    public int dispatchThreads() {
        return (Integer) values.get(ConfigKey.DISPATCH_THREADS);
    }

    /** @return {@link ConfigKey#SLOW_CALLBACK_THRESHOLD} */
    public Duration slowCallbackThreshold() {
        return duration(ConfigKey.SLOW_CALLBACK_THRESHOLD);
    }

    /** @return {@link ConfigKey#CONNECTOR} */
    public String connector() {
        return (String) values.get(ConfigKey.CONNECTOR);
    }

    /** @return {@link ConfigKey#CONFIG}, empty when no properties file was used */
    public Optional<Path> configFile() {
        return Optional.ofNullable((Path) values.get(ConfigKey.CONFIG));
    }

    private Duration duration(ConfigKey key) {
        return (Duration) values.get(key);
    }

    /** Shows every key; secrets are masked, also where a misplaced value repeats them. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ProviderConfig[").append(servers);
        for (Map.Entry<ConfigKey, Object> entry : values.entrySet()) {
            Object value = entry.getKey().secret() ? "****" : entry.getValue();
            b.append(", ").append(entry.getKey().key()).append('=').append(value);
        }
        String text = b.append(']').toString();
        for (Map.Entry<ConfigKey, Object> entry : values.entrySet()) {
            if (entry.getKey().secret()) {
                text = text.replace(String.valueOf(entry.getValue()), "****");
            }
        }
        return text;
    }
}
