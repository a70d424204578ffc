package io.bwjtapi.broadworks.session;

import io.bwjtapi.broadworks.failover.XspEndpoints;
import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.config.ServerAddress;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.FailoverConfigBuilder;
import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiClientConfigBuilder;
import io.bwjtapi.xsi.XsiCredentials;
import io.bwjtapi.xsi.XsiEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider configuration mapped onto the parts of a session: the Xsi client's configuration (servers, TLS,
 * credentials, channel set, expiries, heartbeat, timeouts), the failover policy's (channels, heartbeat and miss
 * tolerance, grace, open timeout, backoff, reconnect limits, fallback, resync triggers) and the user discovery.
 * Both the client and the policy heartbeat at {@code heartbeatInterval}: the client sends, the policy judges.
 */
final class SessionSettings {
    /** How long a returning provider waits for every device's snapshot before it comes in service without some. */
    static final Duration RESTORE_WAIT = Duration.ofSeconds(5);
    private static final long MIN_EXPIRES = 3600;
    private static final long MAX_EXPIRES = 2_147_483_647L;

    final XsiClientConfig xsi;
    final FailoverConfig failover;
    final XspEndpoints endpoints;
    final String login;
    final String directoryUser;
    final List<String> users;
    final Duration requestTimeout;
    final Duration placeTimeout;

    private SessionSettings(ProviderConfig config, Clock clock) {
        List<XsiEndpoint> servers = new ArrayList<>();
        for (ServerAddress server : config.servers()) {
            servers.add(new XsiEndpoint(server.host(), server.port(), config.tls()));
        }
        this.endpoints = new XspEndpoints(servers);
        this.login = config.login();
        this.directoryUser = config.directoryUser().orElse(null);
        this.users = config.users();
        this.requestTimeout = config.requestTimeout();
        this.placeTimeout = config.requestTimeout().plus(config.postConditionTimeout());
        this.xsi = xsi(config, endpoints.backend());
        this.failover = failover(config, endpoints, clock);
    }

    /**
     * @param config the validated provider configuration
     * @param clock the session's clock
     * @return the settings
     * @throws SwitchConnectException when a value does not fit the client or the policy
     */
    static SessionSettings of(ProviderConfig config, Clock clock) throws SwitchConnectException {
        try {
            return new SessionSettings(config, clock);
        } catch (IllegalArgumentException e) {
            throw new SwitchConnectException(SwitchConnectException.Reason.INVALID_CONFIGURATION, e.getMessage(), e);
        }
    }

    private static XsiClientConfig xsi(ProviderConfig config, List<XsiEndpoint> servers) {
        XsiClientConfigBuilder b = XsiClientConfig.builder(servers,
                XsiCredentials.of(config.login(), config.password()))
                .applicationName(config.applicationId())
                .channelExpires(expires(config.channelExpires()))
                .subscriptionExpires(expires(config.subscriptionExpires()))
                .heartbeatInterval(config.heartbeatInterval())
                .heartbeatTimeout(config.heartbeatInterval())
                .requestTimeout(config.requestTimeout())
                .connectTimeout(config.connectTimeout());
        // Unset, the client derives the id from login and application id: stable across restarts.
        config.channelSetId().ifPresent(b::channelSetId);
        if (!config.hostnameVerification()) {
            b.insecureDisableHostnameVerification();
        }
        if (config.trustStore().isPresent()) {
            char[] password = config.trustStorePassword().map(String::toCharArray).orElse(null);
            b.trustStore(config.trustStore().get(), password, config.trustStoreType());
        }
        return b.build();
    }

    private static FailoverConfig failover(ProviderConfig config, XspEndpoints endpoints, Clock clock) {
        int servers = endpoints.policy().size();
        FailoverConfigBuilder b = FailoverConfig.builder(endpoints.policy())
                .desiredChannels(Math.max(1, Math.min(config.channels(), servers)))
                .heartbeatInterval(config.heartbeatInterval())
                .heartbeatMissTolerance(Math.max(2, config.heartbeatMissTolerance()))
                .outOfServiceGrace(config.outOfServiceGrace())
                .openTimeout(config.openTimeout())
                .backoffInitial(config.reconnectBackoffInitial())
                .backoffMax(max(config.reconnectBackoffMax(), config.reconnectBackoffInitial()))
                .fallbackAfter(config.fallbackAfter())
                .alertingTooLong(config.alertingResyncAfter())
                .periodicResyncInterval(config.periodicResyncInterval())
                .clock(clock);
        if (config.reconnectAttempts() > 0) {
            b.reconnectAttemptLimit(config.reconnectAttempts());
        }
        if (!config.reconnectTimeLimit().isZero()) {
            b.reconnectTimeLimit(config.reconnectTimeLimit());
        }
        return b.build();
    }

    private static long expires(Duration requested) {
        return Math.max(MIN_EXPIRES, Math.min(MAX_EXPIRES, requested.getSeconds()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
