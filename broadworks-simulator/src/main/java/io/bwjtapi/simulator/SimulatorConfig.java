package io.bwjtapi.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The immutable configuration of a {@link BroadWorksSimulator}: topology, users, credentials, seed and every
 * protocol timer. Build one with {@link #builder()}; {@link #defaults()} gives two XSPs on ephemeral loopback
 * ports, ten users and the timers of a real XSP.
 */
public final class SimulatorConfig {
    /** Loopback: tests and demos never expose the simulator. */
    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    /** Login of the group administrator. */
    public static final String DEFAULT_ADMIN_LOGIN = "admin@sim.example";
    /** Password of the administrator and, by default, of every user. */
    public static final String DEFAULT_PASSWORD = "secret";
    /** Domain of userIds and device addresses. */
    public static final String DEFAULT_DOMAIN = "sim.example";
    /** Number of generated users. */
    public static final int DEFAULT_USERS = 10;
    /** Seed of ids, names and load-generator choices. */
    public static final long DEFAULT_SEED = 1L;
    /** Channel teardown without heartbeats (the spec example value). */
    public static final Duration DEFAULT_EVENT_TIMEOUT = Duration.ofSeconds(30);
    /** Redelivery of an unacknowledged event. */
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(10);
    /** Unacknowledged deliveries before NonResponsiveChannel. */
    public static final int DEFAULT_MAX_DELIVERY_ATTEMPTS = 3;
    /** How long the device rings on click-to-dial. */
    public static final Duration DEFAULT_CLICK_TO_DIAL_ANSWER_DELAY = Duration.ofMillis(200);
    /** How long a call rings unanswered. */
    public static final Duration DEFAULT_NO_ANSWER_TIMEOUT = Duration.ofSeconds(36);
    /** Smallest granted channel and subscription expiry (seconds), as on BroadWorks. */
    public static final int DEFAULT_MIN_EXPIRES = 3600;
    /** The expiry value that means "never expires". */
    public static final int NEVER_EXPIRES = Integer.MAX_VALUE;
    /** Largest accepted request. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;
    /** Unsent bytes after which an event channel's reader counts as dead. */
    public static final int DEFAULT_MAX_CHANNEL_BACKLOG_BYTES = 4 * 1024 * 1024;
    /** Recorded requests and documents kept. */
    public static final int DEFAULT_RECORD_LIMIT = 100_000;

    private final List<Integer> xspPorts;
    private final String bindHost;
    private final int controlPort;
    private final boolean tls;
    private final int users;
    private final int callCenterAgents;
    private final long seed;
    private final String domain;
    private final String groupId;
    private final String enterpriseId;
    private final String adminLogin;
    private final String adminPassword;
    private final String userPassword;
    private final Duration eventTimeout;
    private final Duration ackTimeout;
    private final int maxDeliveryAttempts;
    private final Duration clickToDialAnswerDelay;
    private final Duration noAnswerTimeout;
    private final Duration externalAnswerDelay;
    private final int minChannelExpires;
    private final int maxChannelExpires;
    private final int minSubscriptionExpires;
    private final int maxSubscriptionExpires;
    private final ExtTrackingIdStyle extTrackingIdStyle;
    private final TargetIdMode targetIdMode;
    private final int maxRequestBytes;
    private final int maxChannelBacklogBytes;
    private final int recordLimit;
    private final Clock clock;

    private SimulatorConfig(Builder b) {
        xspPorts = List.copyOf(b.xspPorts);
        bindHost = b.bindHost;
        controlPort = b.controlPort;
        tls = b.tls;
        users = b.users;
        callCenterAgents = b.callCenterAgents < 0 ? Math.max(1, b.users / 10) : b.callCenterAgents;
        seed = b.seed;
        domain = b.domain;
        groupId = b.groupId;
        enterpriseId = b.enterpriseId;
        adminLogin = b.adminLogin;
        adminPassword = b.adminPassword;
        userPassword = b.userPassword == null ? b.adminPassword : b.userPassword;
        eventTimeout = b.eventTimeout;
        ackTimeout = b.ackTimeout;
        maxDeliveryAttempts = b.maxDeliveryAttempts;
        clickToDialAnswerDelay = b.clickToDialAnswerDelay;
        noAnswerTimeout = b.noAnswerTimeout;
        externalAnswerDelay = b.externalAnswerDelay;
        minChannelExpires = b.minChannelExpires;
        maxChannelExpires = b.maxChannelExpires;
        minSubscriptionExpires = b.minSubscriptionExpires;
        maxSubscriptionExpires = b.maxSubscriptionExpires;
        extTrackingIdStyle = b.extTrackingIdStyle;
        targetIdMode = b.targetIdMode;
        maxRequestBytes = b.maxRequestBytes;
        maxChannelBacklogBytes = b.maxChannelBacklogBytes;
        recordLimit = b.recordLimit;
        clock = b.clock;
    }

    /** Returns a configuration with every default. */
    public static SimulatorConfig defaults() {
        return builder().build();
    }

    /** Returns a builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Ports of the XSPs, one per XSP; 0 means an ephemeral port chosen at start. */
    public List<Integer> xspPorts() { return xspPorts; }
    /** The address every server binds to; loopback by default. */
    public String bindHost() { return bindHost; }
    /** Port of the JSON control API; -1 (the default) disables it, 0 picks an ephemeral port. */
    public int controlPort() { return controlPort; }
    /** Whether the XSP ports speak HTTPS with a self-signed certificate for localhost/127.0.0.1. */
    public boolean tls() { return tls; }
    /** Number of generated users. */
    public int users() { return users; }
    /** Number of users (the last ones) that are Call Center agents. */
    public int callCenterAgents() { return callCenterAgents; }
    /** Seed of every generated id, name and load-generator choice. */
    public long seed() { return seed; }
    /** Domain of userIds and device addresses of record. */
    public String domain() { return domain; }
    /** Id of the simulated group. */
    public String groupId() { return groupId; }
    /** Id of the enterprise (service provider) that holds the group. */
    public String enterpriseId() { return enterpriseId; }
    /** Login of the group administrator, whose scope covers every user. */
    public String adminLogin() { return adminLogin; }
    /** Password of the administrator. Never logged. */
    public String adminPassword() { return adminPassword; }
    /** Password every user logs in with as itself. Never logged. */
    public String userPassword() { return userPassword; }
    /** A channel without heartbeat for this long is torn down. */
    public Duration eventTimeout() { return eventTimeout; }
    /** An event not acknowledged within this time is redelivered; zero disables acknowledgement tracking. */
    public Duration ackTimeout() { return ackTimeout; }
    /** Deliveries of one event without acknowledgement after which every channel of its set is non-responsive. */
    public int maxDeliveryAttempts() { return maxDeliveryAttempts; }
    /** How long a user's device rings on click-to-dial before it answers by itself. */
    public Duration clickToDialAnswerDelay() { return clickToDialAnswerDelay; }
    /** How long a call alerts before it is treated as unanswered. */
    public Duration noAnswerTimeout() { return noAnswerTimeout; }
    /** How long external parties take to answer by themselves; {@code null} means they never do. */
    public Duration externalAnswerDelay() { return externalAnswerDelay; }
    /** Smallest granted channel expiry in seconds; smaller requests are raised to it. */
    public int minChannelExpires() { return minChannelExpires; }
    /** Largest granted channel expiry in seconds; {@value #NEVER_EXPIRES} means never. */
    public int maxChannelExpires() { return maxChannelExpires; }
    /** Smallest granted subscription expiry in seconds. */
    public int minSubscriptionExpires() { return minSubscriptionExpires; }
    /** Largest granted subscription expiry in seconds; {@value #NEVER_EXPIRES} means never. */
    public int maxSubscriptionExpires() { return maxSubscriptionExpires; }
    /** Form of the generated extTrackingIds. */
    public ExtTrackingIdStyle extTrackingIdStyle() { return extTrackingIdStyle; }
    /** When event envelopes carry targetId. */
    public TargetIdMode targetIdMode() { return targetIdMode; }
    /** Largest accepted request (headers and body); larger ones get 413. */
    public int maxRequestBytes() { return maxRequestBytes; }
    /** Bytes an event channel may have unsent before its reader counts as dead and the channel is dropped. */
    public int maxChannelBacklogBytes() { return maxChannelBacklogBytes; }
    /** How many recorded requests and emitted documents are kept (oldest dropped first); 0 records nothing. */
    public int recordLimit() { return recordLimit; }
    /** Source of timestamps in documents. */
    public Clock clock() { return clock; }

    @Override
    public String toString() {
        return "SimulatorConfig{xspPorts=" + xspPorts + ", bindHost=" + bindHost + ", controlPort=" + controlPort
                + ", tls=" + tls + ", users=" + users + ", seed=" + seed + ", adminLogin=" + adminLogin
                + ", eventTimeout=" + eventTimeout + ", ackTimeout=" + ackTimeout + "}";
    }

    /** Builds a {@link SimulatorConfig}; every setter validates its argument. */
    public static final class Builder {
        private List<Integer> xspPorts = List.of(0, 0);
        private String bindHost = DEFAULT_BIND_HOST;
        private int controlPort = -1;
        private boolean tls;
        private int users = DEFAULT_USERS;
        private int callCenterAgents = -1;
        private long seed = DEFAULT_SEED;
        private String domain = DEFAULT_DOMAIN;
        private String groupId = "simgroup";
        private String enterpriseId = "simenterprise";
        private String adminLogin = DEFAULT_ADMIN_LOGIN;
        private String adminPassword = DEFAULT_PASSWORD;
        private String userPassword;
        private Duration eventTimeout = DEFAULT_EVENT_TIMEOUT;
        private Duration ackTimeout = DEFAULT_ACK_TIMEOUT;
        private int maxDeliveryAttempts = DEFAULT_MAX_DELIVERY_ATTEMPTS;
        private Duration clickToDialAnswerDelay = DEFAULT_CLICK_TO_DIAL_ANSWER_DELAY;
        private Duration noAnswerTimeout = DEFAULT_NO_ANSWER_TIMEOUT;
        private Duration externalAnswerDelay;
        private int minChannelExpires = DEFAULT_MIN_EXPIRES;
        private int maxChannelExpires = NEVER_EXPIRES;
        private int minSubscriptionExpires = DEFAULT_MIN_EXPIRES;
        private int maxSubscriptionExpires = NEVER_EXPIRES;
        private ExtTrackingIdStyle extTrackingIdStyle = ExtTrackingIdStyle.COUNTER;
        private TargetIdMode targetIdMode = TargetIdMode.OMIT_ON_SNAPSHOTS;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int maxChannelBacklogBytes = DEFAULT_MAX_CHANNEL_BACKLOG_BYTES;
        private int recordLimit = DEFAULT_RECORD_LIMIT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        private Builder(SimulatorConfig c) {
            xspPorts = c.xspPorts;
            bindHost = c.bindHost;
            controlPort = c.controlPort;
            tls = c.tls;
            users = c.users;
            callCenterAgents = c.callCenterAgents;
            seed = c.seed;
            domain = c.domain;
            groupId = c.groupId;
            enterpriseId = c.enterpriseId;
            adminLogin = c.adminLogin;
            adminPassword = c.adminPassword;
            userPassword = c.userPassword;
            eventTimeout = c.eventTimeout;
            ackTimeout = c.ackTimeout;
            maxDeliveryAttempts = c.maxDeliveryAttempts;
            clickToDialAnswerDelay = c.clickToDialAnswerDelay;
            noAnswerTimeout = c.noAnswerTimeout;
            externalAnswerDelay = c.externalAnswerDelay;
            minChannelExpires = c.minChannelExpires;
            maxChannelExpires = c.maxChannelExpires;
            minSubscriptionExpires = c.minSubscriptionExpires;
            maxSubscriptionExpires = c.maxSubscriptionExpires;
            extTrackingIdStyle = c.extTrackingIdStyle;
            targetIdMode = c.targetIdMode;
            maxRequestBytes = c.maxRequestBytes;
            maxChannelBacklogBytes = c.maxChannelBacklogBytes;
            recordLimit = c.recordLimit;
            clock = c.clock;
        }

        /** Sets the number of XSPs, each on an ephemeral port. */
        public Builder xspCount(int count) {
            require(count >= 1 && count <= 16, "xspCount must be 1..16: " + count);
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ports.add(0);
            }
            xspPorts = ports;
            return this;
        }

        /** Sets one port per XSP (0 = ephemeral). */
        public Builder xspPorts(List<Integer> ports) {
            require(!ports.isEmpty() && ports.size() <= 16, "between 1 and 16 XSP ports are needed");
            ports.forEach(p -> require(p >= 0 && p <= 65535, "bad XSP port " + p));
            xspPorts = List.copyOf(ports);
            return this;
        }

        /** Sets the address every server binds to. */
        public Builder bindHost(String host) {
            bindHost = nonBlank(host, "bindHost");
            return this;
        }

        /** Enables the JSON control API on the port (0 = ephemeral); -1 disables it. */
        public Builder controlPort(int port) {
            require(port >= -1 && port <= 65535, "bad control port " + port);
            controlPort = port;
            return this;
        }

        /** Makes the XSP ports speak HTTPS with a self-signed certificate for localhost/127.0.0.1. */
        public Builder tls(boolean enabled) {
            tls = enabled;
            return this;
        }

        /** Sets the number of generated users. */
        public Builder users(int count) {
            require(count >= 1 && count <= 100_000, "users must be 1..100000: " + count);
            users = count;
            return this;
        }

        /** Sets how many users (the last ones) are Call Center agents; default: a tenth, at least one. */
        public Builder callCenterAgents(int count) {
            require(count >= 0, "callCenterAgents must not be negative");
            callCenterAgents = count;
            return this;
        }

        /** Sets the seed of every generated id, name and load-generator choice. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Sets the domain of userIds and device addresses. */
        public Builder domain(String value) {
            domain = nonBlank(value, "domain");
            return this;
        }

        /** Sets the id of the simulated group. */
        public Builder groupId(String value) {
            groupId = nonBlank(value, "groupId");
            return this;
        }

        /** Sets the id of the enterprise that holds the group. */
        public Builder enterpriseId(String value) {
            enterpriseId = nonBlank(value, "enterpriseId");
            return this;
        }

        /** Sets the administrator's credentials. */
        public Builder admin(String login, String password) {
            adminLogin = nonBlank(login, "login");
            adminPassword = nonBlank(password, "password");
            return this;
        }

        /** Sets the password every user logs in with; by default the administrator's. */
        public Builder userPassword(String password) {
            userPassword = nonBlank(password, "userPassword");
            return this;
        }

        /** Sets how long a channel may go without heartbeat. */
        public Builder eventTimeout(Duration value) {
            eventTimeout = positive(value, "eventTimeout");
            return this;
        }

        /** Sets the acknowledgement timeout; {@link Duration#ZERO} turns acknowledgement tracking off. */
        public Builder ackTimeout(Duration value) {
            require(value != null && !value.isNegative(), "ackTimeout must be zero or positive");
            ackTimeout = value;
            return this;
        }

        /** Sets the unacknowledged deliveries after which a channel set is non-responsive. */
        public Builder maxDeliveryAttempts(int value) {
            require(value >= 1, "maxDeliveryAttempts must be at least 1");
            maxDeliveryAttempts = value;
            return this;
        }

        /** Sets how long the device rings on click-to-dial before it answers. */
        public Builder clickToDialAnswerDelay(Duration value) {
            require(value != null && !value.isNegative(), "clickToDialAnswerDelay must not be negative");
            clickToDialAnswerDelay = value;
            return this;
        }

        /** Sets how long a call rings before it counts as unanswered. */
        public Builder noAnswerTimeout(Duration value) {
            noAnswerTimeout = positive(value, "noAnswerTimeout");
            return this;
        }

        /** Makes external parties answer by themselves after the delay; {@code null} (default): never. */
        public Builder externalAnswerDelay(Duration value) {
            require(value == null || !value.isNegative(), "externalAnswerDelay must not be negative");
            externalAnswerDelay = value;
            return this;
        }

        /** Sets the range granted channel expiries are clamped to, in seconds. */
        public Builder channelExpires(int min, int max) {
            require(min >= 1 && max >= min, "channel expires range must satisfy 1 <= min <= max");
            minChannelExpires = min;
            maxChannelExpires = max;
            return this;
        }

        /** Sets the range granted subscription expiries are clamped to, in seconds. */
        public Builder subscriptionExpires(int min, int max) {
            require(min >= 1 && max >= min, "subscription expires range must satisfy 1 <= min <= max");
            minSubscriptionExpires = min;
            maxSubscriptionExpires = max;
            return this;
        }

        /** Sets the form of extTrackingIds. */
        public Builder extTrackingIdStyle(ExtTrackingIdStyle value) {
            extTrackingIdStyle = Objects.requireNonNull(value, "extTrackingIdStyle");
            return this;
        }

        /** Sets when event envelopes carry targetId. */
        public Builder targetIdMode(TargetIdMode value) {
            targetIdMode = Objects.requireNonNull(value, "targetIdMode");
            return this;
        }

        /** Sets the largest accepted request; larger ones get 413. */
        public Builder maxRequestBytes(int value) {
            require(value >= 1024, "maxRequestBytes must be at least 1024");
            maxRequestBytes = value;
            return this;
        }

        /** Sets the unsent bytes after which an event channel is dropped. */
        public Builder maxChannelBacklogBytes(int value) {
            require(value >= 1024, "maxChannelBacklogBytes must be at least 1024");
            maxChannelBacklogBytes = value;
            return this;
        }

        /** Sets how many requests and documents are recorded (0: none). */
        public Builder recordLimit(int value) {
            require(value >= 0, "recordLimit must not be negative");
            recordLimit = value;
            return this;
        }

        /** Sets the source of timestamps and of the load generator's pace. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Builds the configuration. */
        public SimulatorConfig build() {
            require(callCenterAgents <= users, "callCenterAgents exceeds users");
            return new SimulatorConfig(this);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }

        private static String nonBlank(String value, String name) {
            require(value != null && !value.isBlank(), name + " must not be blank");
            return value;
        }

        private static Duration positive(Duration value, String name) {
            require(value != null && !value.isNegative() && !value.isZero(), name + " must be positive");
            return value;
        }
    }
}
