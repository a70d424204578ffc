package io.bwjtapi.xsi;

import io.bwjtapi.xsi.model.EventPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable configuration of an {@link XsiClient}. Build one with {@link #builder(List, XsiCredentials)};
 * every setting has a documented default ({@code DEFAULT_*}) and is validated when set.
 * {@link #toString()} never shows secrets.
 */
public final class XsiClientConfig {
    /** Default application name: {@value}. */
    public static final String DEFAULT_APPLICATION_NAME = "bwjtapi";
    /** Default requested channel expiry in seconds (the XSP raises anything lower to 3600). */
    public static final long DEFAULT_CHANNEL_EXPIRES = 3600;
    /** Default requested subscription expiry in seconds: "never expires" where the AS policy allows it. */
    public static final long DEFAULT_SUBSCRIPTION_EXPIRES = 2_147_483_647L;
    /** Default channel priority. */
    public static final int DEFAULT_CHANNEL_PRIORITY = 1;
    /** Default channel weight. */
    public static final int DEFAULT_CHANNEL_WEIGHT = 50;
    /** Default heartbeat interval (eventTimeout / 2 for the usual 30 s eventTimeout). */
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(15);
    /** Default time to wait for a heartbeat's echo on the stream before counting it missed. */
    public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);
    /** Default timeout of one HTTP request. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Default TCP (and TLS handshake) connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default number of subscription requests in flight during a bulk subscribe. */
    public static final int DEFAULT_BULK_CONCURRENCY = 16;
    /** Default first wait after a 503 (overload) answer; doubles up to the maximum. */
    public static final Duration DEFAULT_OVERLOAD_BACKOFF = Duration.ofSeconds(1);
    /** Default longest wait after repeated 503 answers. */
    public static final Duration DEFAULT_OVERLOAD_BACKOFF_MAX = Duration.ofSeconds(30);
    /** Default number of attempts of one subscription request answered 503 or lost in transport. */
    public static final int DEFAULT_SUBSCRIBE_ATTEMPTS = 6;
    /** Default largest event document accepted on a channel, in bytes. */
    public static final int DEFAULT_MAX_DOCUMENT_SIZE = 1024 * 1024;
    /** Default largest Xsi-Actions/Xsi-Events response body accepted, in bytes. */
    public static final int DEFAULT_MAX_RESPONSE_SIZE = 16 * 1024 * 1024;
    /** Default time an early event is held waiting for a missing sequence number. */
    public static final Duration DEFAULT_REORDER_WINDOW = Duration.ofSeconds(2);
    /** Default number of recent eventIDs remembered to drop duplicates. */
    public static final int DEFAULT_DEDUPE_CAPACITY = 16_384;
    /** Default time events of a not-yet-known subscriptionId are held before being dropped. */
    public static final Duration DEFAULT_UNKNOWN_SUBSCRIPTION_GRACE = Duration.ofSeconds(10);
    /** Default number of Netty I/O threads. */
    public static final int DEFAULT_IO_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    final List<XsiEndpoint> endpoints;
    final XsiCredentials credentials;
    final String applicationName;
    final String channelSetId;
    final String channelApplicationId;
    final List<EventPackage> eventPackages;
    final long channelExpires;
    final long subscriptionExpires;
    final int channelPriority;
    final int channelWeight;
    final Duration heartbeatInterval;
    final Duration heartbeatTimeout;
    final Duration requestTimeout;
    final Duration connectTimeout;
    final boolean hostnameVerification;
    final Path trustStore;
    final char[] trustStorePassword;
    final String trustStoreType;
    final int bulkConcurrency;
    final Duration overloadBackoff;
    final Duration overloadBackoffMax;
    final int subscribeAttempts;
    final int maxDocumentSize;
    final int maxResponseSize;
    final Duration reorderWindow;
    final int dedupeCapacity;
    final Duration unknownSubscriptionGrace;
    final int ioThreads;
    final String protocolVersion;

    XsiClientConfig(XsiClientConfigBuilder b) {
        endpoints = List.copyOf(b.endpoints);
        credentials = b.credentials;
        applicationName = b.applicationName;
        channelSetId = b.channelSetId != null ? b.channelSetId : deriveChannelSetId(credentials.login(), applicationName);
        channelApplicationId = b.channelApplicationId;
        eventPackages = List.copyOf(b.eventPackages);
        channelExpires = b.channelExpires;
        subscriptionExpires = b.subscriptionExpires;
        channelPriority = b.channelPriority;
        channelWeight = b.channelWeight;
        heartbeatInterval = b.heartbeatInterval;
        heartbeatTimeout = b.heartbeatTimeout;
        requestTimeout = b.requestTimeout;
        connectTimeout = b.connectTimeout;
        hostnameVerification = b.hostnameVerification;
        trustStore = b.trustStore;
        trustStorePassword = b.trustStorePassword == null ? null : b.trustStorePassword.clone();
        trustStoreType = b.trustStoreType;
        bulkConcurrency = b.bulkConcurrency;
        overloadBackoff = b.overloadBackoff;
        overloadBackoffMax = b.overloadBackoffMax;
        subscribeAttempts = b.subscribeAttempts;
        maxDocumentSize = b.maxDocumentSize;
        maxResponseSize = b.maxResponseSize;
        reorderWindow = b.reorderWindow;
        dedupeCapacity = b.dedupeCapacity;
        unknownSubscriptionGrace = b.unknownSubscriptionGrace;
        ioThreads = b.ioThreads;
        protocolVersion = b.protocolVersion;
    }

    /**
     * Starts a configuration.
     *
     * @param endpoints the XSPs, at least one; a channel is kept on each
     * @param credentials the login that owns the channel set and the subscriptions
     * @return a builder with every other setting at its default
     */
    public static XsiClientConfigBuilder builder(List<XsiEndpoint> endpoints, XsiCredentials credentials) {
        return new XsiClientConfigBuilder(endpoints, credentials);
    }

    /** @return a builder pre-filled with this configuration, to derive a variant */
    public XsiClientConfigBuilder toBuilder() {
        return new XsiClientConfigBuilder(this);
    }

    /**
     * Derives the default channel set id: stable for one login and application name, never random, so a
     * restarted application finds its subscriptions again.
     *
     * @param login the BroadWorks login
     * @param applicationName the application name
     * @return {@code <applicationName>-<24 hex digits of SHA-256(login, applicationName)>}
     */
    public static String deriveChannelSetId(String login, String applicationName) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((login + '\n' + applicationName).getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder(applicationName.replaceAll("[^A-Za-z0-9._-]", "_")).append('-');
            for (int i = 0; i < 12; i++) {
                id.append(Character.forDigit((hash[i] >> 4) & 0xF, 16)).append(Character.forDigit(hash[i] & 0xF, 16));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** @return the XSPs, in preference order */
    public List<XsiEndpoint> endpoints() {
        return endpoints;
    }

    /** @return the credentials */
    public XsiCredentials credentials() {
        return credentials;
    }

    /** @return the application name (also the subscriptions' applicationId) */
    public String applicationName() {
        return applicationName;
    }

    /** @return the channel set id shared by every channel of this client */
    public String channelSetId() {
        return channelSetId;
    }

    /** @return the channel applicationId; absent by default, see the Xsi reference §2.6 */
    public Optional<String> channelApplicationId() {
        return Optional.ofNullable(channelApplicationId);
    }

    /** @return the event packages subscribed per monitored user */
    public List<EventPackage> eventPackages() {
        return eventPackages;
    }

    /** @return the requested channel expiry, in seconds */
    public long channelExpires() {
        return channelExpires;
    }

    /** @return the requested subscription expiry, in seconds */
    public long subscriptionExpires() {
        return subscriptionExpires;
    }

    /** @return the channel priority */
    public int channelPriority() {
        return channelPriority;
    }

    /** @return the channel weight */
    public int channelWeight() {
        return channelWeight;
    }

    /** @return the heartbeat interval */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /** @return how long a heartbeat's echo may take before the heartbeat counts as missed */
    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    /** @return the timeout of one HTTP request */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** @return the connect timeout */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return whether TLS host names are verified (on unless explicitly turned off) */
    public boolean hostnameVerification() {
        return hostnameVerification;
    }

    /** @return the trust store for TLS; absent means the JVM's default trust */
    public Optional<Path> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    /** @return a copy of the trust store password, or {@code null} */
    public char[] trustStorePassword() {
        return trustStorePassword == null ? null : trustStorePassword.clone();
    }

    /** @return the trust store type, e.g. {@code PKCS12} */
    public String trustStoreType() {
        return trustStoreType;
    }

    /** @return the number of subscription requests in flight during a bulk subscribe */
    public int bulkConcurrency() {
        return bulkConcurrency;
    }

    /** @return the first wait after a 503 */
    public Duration overloadBackoff() {
        return overloadBackoff;
    }

    /** @return the longest wait after repeated 503s */
    public Duration overloadBackoffMax() {
        return overloadBackoffMax;
    }

    /** @return how often one subscription request is tried when answered 503 or lost in transport */
    public int subscribeAttempts() {
        return subscribeAttempts;
    }

    /** @return the largest event document accepted, in bytes */
    public int maxDocumentSize() {
        return maxDocumentSize;
    }

    /** @return the largest response body accepted, in bytes */
    public int maxResponseSize() {
        return maxResponseSize;
    }

    /** @return how long an early event waits for a missing sequence number */
    public Duration reorderWindow() {
        return reorderWindow;
    }

    /** @return how many recent eventIDs are remembered for duplicate detection */
    public int dedupeCapacity() {
        return dedupeCapacity;
    }

    /** @return how long events of an unknown subscriptionId are held before they are dropped */
    public Duration unknownSubscriptionGrace() {
        return unknownSubscriptionGrace;
    }

    /** @return the number of Netty I/O threads */
    public int ioThreads() {
        return ioThreads;
    }

    /** @return the {@code X-BroadWorks-Protocol-Version} sent with every request, if any */
    public Optional<String> protocolVersion() {
        return Optional.ofNullable(protocolVersion);
    }

    @Override
    public String toString() {
        return "XsiClientConfig[endpoints=" + endpoints + ", " + credentials + ", applicationName=" + applicationName
                + ", channelSetId=" + channelSetId + ", channelApplicationId=" + channelApplicationId
                + ", eventPackages=" + eventPackages + ", channelExpires=" + channelExpires + ", subscriptionExpires="
                + subscriptionExpires + ", priority=" + channelPriority + ", weight=" + channelWeight
                + ", heartbeat=" + heartbeatInterval + "/" + heartbeatTimeout + ", requestTimeout=" + requestTimeout
                + ", connectTimeout=" + connectTimeout + ", hostnameVerification=" + hostnameVerification
                + ", trustStore=" + trustStore + (trustStorePassword == null ? "" : " (password redacted)")
                + ", bulkConcurrency=" + bulkConcurrency + ", overloadBackoff=" + overloadBackoff + ".."
                + overloadBackoffMax + ", subscribeAttempts=" + subscribeAttempts + ", maxDocumentSize="
                + maxDocumentSize + ", maxResponseSize=" + maxResponseSize + ", reorderWindow=" + reorderWindow
                + ", dedupeCapacity=" + dedupeCapacity + ", unknownSubscriptionGrace=" + unknownSubscriptionGrace
                + ", ioThreads=" + ioThreads + ", protocolVersion=" + protocolVersion + "]";
    }

    static <T> T require(T value, String name) {
        return Objects.requireNonNull(value, name + " must not be null");
    }
}
