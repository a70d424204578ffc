package io.bwjtapi.xsi;

import static io.bwjtapi.xsi.XsiClientConfig.require;

import io.bwjtapi.xsi.model.EventPackage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Builds an {@link XsiClientConfig}; every setter validates its argument. Not thread-safe. */
public final class XsiClientConfigBuilder {
    private static final long MIN_EXPIRES = 3600;
    private static final long MAX_EXPIRES = 2_147_483_647L;

    List<XsiEndpoint> endpoints;
    XsiCredentials credentials;
    String applicationName = XsiClientConfig.DEFAULT_APPLICATION_NAME;
    String channelSetId;
    String channelApplicationId;
    List<EventPackage> eventPackages = List.of(EventPackage.ADVANCED_CALL);
    long channelExpires = XsiClientConfig.DEFAULT_CHANNEL_EXPIRES;
    long subscriptionExpires = XsiClientConfig.DEFAULT_SUBSCRIPTION_EXPIRES;
    int channelPriority = XsiClientConfig.DEFAULT_CHANNEL_PRIORITY;
    int channelWeight = XsiClientConfig.DEFAULT_CHANNEL_WEIGHT;
    Duration heartbeatInterval = XsiClientConfig.DEFAULT_HEARTBEAT_INTERVAL;
    Duration heartbeatTimeout = XsiClientConfig.DEFAULT_HEARTBEAT_TIMEOUT;
    Duration requestTimeout = XsiClientConfig.DEFAULT_REQUEST_TIMEOUT;
    Duration connectTimeout = XsiClientConfig.DEFAULT_CONNECT_TIMEOUT;
    boolean hostnameVerification = true;
    Path trustStore;
    char[] trustStorePassword;
    String trustStoreType = "PKCS12";
    int bulkConcurrency = XsiClientConfig.DEFAULT_BULK_CONCURRENCY;
    Duration overloadBackoff = XsiClientConfig.DEFAULT_OVERLOAD_BACKOFF;
    Duration overloadBackoffMax = XsiClientConfig.DEFAULT_OVERLOAD_BACKOFF_MAX;
    int subscribeAttempts = XsiClientConfig.DEFAULT_SUBSCRIBE_ATTEMPTS;
    int maxDocumentSize = XsiClientConfig.DEFAULT_MAX_DOCUMENT_SIZE;
    int maxResponseSize = XsiClientConfig.DEFAULT_MAX_RESPONSE_SIZE;
    Duration reorderWindow = XsiClientConfig.DEFAULT_REORDER_WINDOW;
    int dedupeCapacity = XsiClientConfig.DEFAULT_DEDUPE_CAPACITY;
    Duration unknownSubscriptionGrace = XsiClientConfig.DEFAULT_UNKNOWN_SUBSCRIPTION_GRACE;
    int ioThreads = XsiClientConfig.DEFAULT_IO_THREADS;
    String protocolVersion;

    XsiClientConfigBuilder(List<XsiEndpoint> endpoints, XsiCredentials credentials) {
        endpoints(endpoints);
        this.credentials = require(credentials, "credentials");
    }

    XsiClientConfigBuilder(XsiClientConfig c) {
        this(c.endpoints, c.credentials);
        applicationName = c.applicationName;
        channelSetId = c.channelSetId;
        channelApplicationId = c.channelApplicationId;
        eventPackages = c.eventPackages;
        channelExpires = c.channelExpires;
        subscriptionExpires = c.subscriptionExpires;
        channelPriority = c.channelPriority;
        channelWeight = c.channelWeight;
        heartbeatInterval = c.heartbeatInterval;
        heartbeatTimeout = c.heartbeatTimeout;
        requestTimeout = c.requestTimeout;
        connectTimeout = c.connectTimeout;
        hostnameVerification = c.hostnameVerification;
        trustStore = c.trustStore;
        trustStorePassword = c.trustStorePassword;
        trustStoreType = c.trustStoreType;
        bulkConcurrency = c.bulkConcurrency;
        overloadBackoff = c.overloadBackoff;
        overloadBackoffMax = c.overloadBackoffMax;
        subscribeAttempts = c.subscribeAttempts;
        maxDocumentSize = c.maxDocumentSize;
        maxResponseSize = c.maxResponseSize;
        reorderWindow = c.reorderWindow;
        dedupeCapacity = c.dedupeCapacity;
        unknownSubscriptionGrace = c.unknownSubscriptionGrace;
        ioThreads = c.ioThreads;
        protocolVersion = c.protocolVersion;
    }

    /**

     * Sets the XSPs, at least one, without duplicates.

     *

     * @param value the XSPs, at least one, without duplicates

     * @return this builder

     */
    public XsiClientConfigBuilder endpoints(List<XsiEndpoint> value) {
        require(value, "endpoints");
        if (value.isEmpty() || new LinkedHashSet<>(value).size() != value.size()) {
            throw new IllegalArgumentException("endpoints must be a non-empty list without duplicates: " + value);
        }
        endpoints = new ArrayList<>(value);
        return this;
    }

    /**

     * Sets the login and password.

     *

     * @param value the login and password

     * @return this builder

     */
    public XsiClientConfigBuilder credentials(XsiCredentials value) {
        credentials = require(value, "credentials");
        return this;
    }

    /**

     * Sets the application name (default {@value XsiClientConfig#DEFAULT_APPLICATION_NAME}).

     *

     * @param value the application name (default {@value XsiClientConfig#DEFAULT_APPLICATION_NAME})

     * @return this

     */
    public XsiClientConfigBuilder applicationName(String value) {
        applicationName = nonBlank(value, "applicationName", 80);
        return this;
    }

    /**

     * Sets an explicit channel set id (default: derived from login and application name).

     *

     * @param value an explicit channel set id (default: derived from login and application name)

     * @return this

     */
    public XsiClientConfigBuilder channelSetId(String value) {
        channelSetId = nonBlank(value, "channelSetId", 256);
        return this;
    }

    /**
     * Sets the channel applicationId. Omitted by default: two instances that share a login and an applicationId
     * but use different channel sets terminate each other's channels (DuplicateChannelSet).
     *
     * @param value the id, or {@code null} to omit it
     * @return this builder
     */
    public XsiClientConfigBuilder channelApplicationId(String value) {
        channelApplicationId = value == null ? null : nonBlank(value, "channelApplicationId", 80);
        return this;
    }

    /**

     * Sets the packages subscribed per user (default Advanced Call).

     *

     * @param value the packages subscribed per user (default Advanced Call)

     * @return this builder

     */
    public XsiClientConfigBuilder eventPackages(List<EventPackage> value) {
        require(value, "eventPackages");
        if (value.isEmpty() || value.contains(EventPackage.UNRECOGNIZED) || new LinkedHashSet<>(value).size() != value.size()) {
            throw new IllegalArgumentException("eventPackages must be distinct known packages: " + value);
        }
        eventPackages = List.copyOf(value);
        return this;
    }

    /**

     * Sets requested channel expiry, 3600..2147483647 (default 3600).

     *

     * @param seconds requested channel expiry, 3600..2147483647 (default 3600)

     * @return this builder

     */
    public XsiClientConfigBuilder channelExpires(long seconds) {
        channelExpires = expires(seconds, "channelExpires");
        return this;
    }

    /**

     * Sets requested subscription expiry, 3600..2147483647 (default: never expires).

     *

     * @param seconds requested subscription expiry, 3600..2147483647 (default: never expires)

     * @return this

     */
    public XsiClientConfigBuilder subscriptionExpires(long seconds) {
        subscriptionExpires = expires(seconds, "subscriptionExpires");
        return this;
    }

    /**

     * Sets channel priority, at least 1 (default 1).

     *

     * @param value channel priority, at least 1 (default 1)

     * @return this builder

     */
    public XsiClientConfigBuilder channelPriority(int value) {
        channelPriority = positive(value, "channelPriority");
        return this;
    }

    /**

     * Sets channel weight, at least 1 (default 50).

     *

     * @param value channel weight, at least 1 (default 50)

     * @return this builder

     */
    public XsiClientConfigBuilder channelWeight(int value) {
        channelWeight = positive(value, "channelWeight");
        return this;
    }

    /**

     * Sets heartbeat interval (default 15 s).

     *

     * @param value heartbeat interval (default 15 s)

     * @return this builder

     */
    public XsiClientConfigBuilder heartbeatInterval(Duration value) {
        heartbeatInterval = positive(value, "heartbeatInterval");
        return this;
    }

    /**

     * Sets time allowed for a heartbeat's echo (default 10 s).

     *

     * @param value time allowed for a heartbeat's echo (default 10 s)

     * @return this builder

     */
    public XsiClientConfigBuilder heartbeatTimeout(Duration value) {
        heartbeatTimeout = positive(value, "heartbeatTimeout");
        return this;
    }

    /**

     * Sets timeout of one HTTP request (default 10 s).

     *

     * @param value timeout of one HTTP request (default 10 s)

     * @return this builder

     */
    public XsiClientConfigBuilder requestTimeout(Duration value) {
        requestTimeout = positive(value, "requestTimeout");
        return this;
    }

    /**

     * Sets connect timeout (default 5 s).

     *

     * @param value connect timeout (default 5 s)

     * @return this builder

     */
    public XsiClientConfigBuilder connectTimeout(Duration value) {
        connectTimeout = positive(value, "connectTimeout");
        return this;
    }

    /**
     * Turns TLS host name verification off. Only for test systems: the client logs a warning at start.
     *
     * @return this builder
     */
    public XsiClientConfigBuilder insecureDisableHostnameVerification() {
        hostnameVerification = false;
        return this;
    }

    /**
     * Trusts the certificates of a trust store instead of the JVM's default trust.
     *
     * @param path the trust store file
     * @param password its password, or {@code null}; copied
     * @param type its type, e.g. {@code PKCS12} or {@code JKS}
     * @return this builder
     */
    public XsiClientConfigBuilder trustStore(Path path, char[] password, String type) {
        trustStore = require(path, "trustStore");
        trustStorePassword = password == null ? null : password.clone();
        trustStoreType = nonBlank(type, "trustStoreType", 32);
        return this;
    }

    /**

     * Sets subscription requests in flight during a bulk subscribe (default 16).

     *

     * @param value subscription requests in flight during a bulk subscribe (default 16)

     * @return this

     */
    public XsiClientConfigBuilder bulkConcurrency(int value) {
        bulkConcurrency = positive(value, "bulkConcurrency");
        return this;
    }

    /**
     * Sets the backoff after 503 answers: doubling from the first wait up to the maximum, with jitter.
     *
     * @param first the first wait (default 1 s)
     * @param max the longest wait (default 30 s)
     * @return this builder
     */
    public XsiClientConfigBuilder overloadBackoff(Duration first, Duration max) {
        positive(first, "overloadBackoff");
        if (positive(max, "overloadBackoffMax").compareTo(first) < 0) {
            throw new IllegalArgumentException("overloadBackoffMax must not be below overloadBackoff");
        }
        overloadBackoff = first;
        overloadBackoffMax = max;
        return this;
    }

    /**

     * Sets attempts of one subscription request on 503 or transport loss (default 6).

     *

     * @param value attempts of one subscription request on 503 or transport loss (default 6)

     * @return this

     */
    public XsiClientConfigBuilder subscribeAttempts(int value) {
        subscribeAttempts = positive(value, "subscribeAttempts");
        return this;
    }

    /**

     * Sets largest event document, 1 KiB..64 MiB (default 1 MiB).

     *

     * @param bytes largest event document, 1 KiB..64 MiB (default 1 MiB)

     * @return this builder

     */
    public XsiClientConfigBuilder maxDocumentSize(int bytes) {
        maxDocumentSize = between(bytes, 1024, 64 * 1024 * 1024, "maxDocumentSize");
        return this;
    }

    /**

     * Sets largest response body, 1 KiB..256 MiB (default 16 MiB).

     *

     * @param bytes largest response body, 1 KiB..256 MiB (default 16 MiB)

     * @return this builder

     */
    public XsiClientConfigBuilder maxResponseSize(int bytes) {
        maxResponseSize = between(bytes, 1024, 256 * 1024 * 1024, "maxResponseSize");
        return this;
    }

    /**

     * Sets how long an early event waits for a gap to fill (default 2 s; zero disables).

     *

     * @param value how long an early event waits for a gap to fill (default 2 s; zero disables)

     * @return this

     */
    public XsiClientConfigBuilder reorderWindow(Duration value) {
        require(value, "reorderWindow");
        if (value.isNegative()) {
            throw new IllegalArgumentException("reorderWindow must not be negative");
        }
        reorderWindow = value;
        return this;
    }

    /**

     * Sets recent eventIDs remembered, at least 16 (default 16384).

     *

     * @param value recent eventIDs remembered, at least 16 (default 16384)

     * @return this builder

     */
    public XsiClientConfigBuilder dedupeCapacity(int value) {
        dedupeCapacity = between(value, 16, 10_000_000, "dedupeCapacity");
        return this;
    }

    /**

     * Sets how long events of an unknown subscription are held (default 10 s).

     *

     * @param value how long events of an unknown subscription are held (default 10 s)

     * @return this

     */
    public XsiClientConfigBuilder unknownSubscriptionGrace(Duration value) {
        unknownSubscriptionGrace = positive(value, "unknownSubscriptionGrace");
        return this;
    }

    /**

     * Sets Netty I/O threads, 1..64.

     *

     * @param value Netty I/O threads, 1..64

     * @return this builder

     */
    public XsiClientConfigBuilder ioThreads(int value) {
        ioThreads = between(value, 1, 64, "ioThreads");
        return this;
    }

    /**

     * Sets an {@code X-BroadWorks-Protocol-Version} to pin, e.g. {@code 22.0}, or {@code null}.

     *

     * @param value an {@code X-BroadWorks-Protocol-Version} to pin, e.g. {@code 22.0}, or {@code null}

     * @return this

     */
    public XsiClientConfigBuilder protocolVersion(String value) {
        protocolVersion = value == null ? null : nonBlank(value, "protocolVersion", 16);
        return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the immutable configuration
     * @throws IllegalArgumentException when the heartbeat timeout exceeds the heartbeat interval
     */
    public XsiClientConfig build() {
        if (heartbeatTimeout.compareTo(heartbeatInterval) > 0) {
            throw new IllegalArgumentException("heartbeatTimeout (" + heartbeatTimeout
                    + ") must not exceed heartbeatInterval (" + heartbeatInterval + ")");
        }
        return new XsiClientConfig(this);
    }

    private static String nonBlank(String value, String name, int maxLength) {
        require(value, name);
        if (value.isBlank() || value.length() > maxLength || value.indexOf('/') >= 0) {
            throw new IllegalArgumentException(name + " must be 1.." + maxLength + " characters without '/'");
        }
        return value;
    }

    private static long expires(long seconds, String name) {
        if (seconds < MIN_EXPIRES || seconds > MAX_EXPIRES) {
            throw new IllegalArgumentException(name + " must be " + MIN_EXPIRES + ".." + MAX_EXPIRES + " s, got " + seconds);
        }
        return seconds;
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    private static Duration positive(Duration value, String name) {
        require(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    private static int between(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }
}
