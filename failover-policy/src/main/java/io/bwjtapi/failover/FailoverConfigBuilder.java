package io.bwjtapi.failover;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link FailoverConfig}; every setter validates its value at once and throws
 * {@link IllegalArgumentException} naming the setting and the rejected value.
 */
public final class FailoverConfigBuilder {
    final List<XspEndpoint> endpoints;
    Integer desiredChannels;
    Duration heartbeatInterval = FailoverConfig.DEFAULT_HEARTBEAT_INTERVAL;
    int heartbeatMissTolerance = FailoverConfig.DEFAULT_HEARTBEAT_MISS_TOLERANCE;
    Duration outOfServiceGrace = FailoverConfig.DEFAULT_OUT_OF_SERVICE_GRACE;
    Duration openTimeout = FailoverConfig.DEFAULT_OPEN_TIMEOUT;
    Duration backoffInitial = FailoverConfig.DEFAULT_BACKOFF_INITIAL;
    Duration backoffMax = FailoverConfig.DEFAULT_BACKOFF_MAX;
    double backoffMultiplier = FailoverConfig.DEFAULT_BACKOFF_MULTIPLIER;
    double backoffJitter = FailoverConfig.DEFAULT_BACKOFF_JITTER;
    Duration postponeWindow = FailoverConfig.DEFAULT_POSTPONE_WINDOW;
    Duration fallbackAfter = FailoverConfig.DEFAULT_FALLBACK_AFTER;
    Integer reconnectAttemptLimit;
    Duration reconnectTimeLimit;
    Duration alertingTooLong = FailoverConfig.DEFAULT_ALERTING_TOO_LONG;
    Duration resyncTimeout = FailoverConfig.DEFAULT_RESYNC_TIMEOUT;
    Duration periodicResyncInterval = FailoverConfig.DEFAULT_PERIODIC_RESYNC_INTERVAL;
    double periodicResyncJitter = FailoverConfig.DEFAULT_PERIODIC_RESYNC_JITTER;
    int maxPeriodicResyncsPerSecond = FailoverConfig.DEFAULT_MAX_PERIODIC_RESYNCS_PER_SECOND;
    Clock clock = Clock.systemUTC();
    Long randomSeed;

    FailoverConfigBuilder(List<XspEndpoint> endpoints) {
        List<XspEndpoint> copy = new ArrayList<>(Objects.requireNonNull(endpoints, "endpoints"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one XSP endpoint is required");
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("duplicate XSP endpoint in " + copy);
        }
        copy.forEach(e -> Objects.requireNonNull(e, "endpoint"));
        this.endpoints = copy;
    }

    /**
     * @param channels how many channels to keep live (1 to the number of XSPs); default: one per XSP
     * @return this builder
     */
    public FailoverConfigBuilder desiredChannels(int channels) {
        if (channels < 1 || channels > endpoints.size()) {
            throw new IllegalArgumentException(
                    "desiredChannels must be 1.." + endpoints.size() + ", was " + channels);
        }
        this.desiredChannels = channels;
        return this;
    }

    /**
     * @param interval heartbeat interval per channel, positive; default {@link FailoverConfig#DEFAULT_HEARTBEAT_INTERVAL}
     * @return this builder
     */
    public FailoverConfigBuilder heartbeatInterval(Duration interval) {
        this.heartbeatInterval = positive("heartbeatInterval", interval);
        return this;
    }

    /**
     * @param intervals silent heartbeat intervals tolerated, at least 2 so that a heartbeat always falls in
     *     the silence window; default {@link FailoverConfig#DEFAULT_HEARTBEAT_MISS_TOLERANCE}
     * @return this builder
     */
    public FailoverConfigBuilder heartbeatMissTolerance(int intervals) {
        if (intervals < 2) {
            throw new IllegalArgumentException("heartbeatMissTolerance must be >= 2, was " + intervals);
        }
        this.heartbeatMissTolerance = intervals;
        return this;
    }

    /**
     * @param grace time with no live channel before out of service, zero or more; default
     *     {@link FailoverConfig#DEFAULT_OUT_OF_SERVICE_GRACE}
     * @return this builder
     */
    public FailoverConfigBuilder outOfServiceGrace(Duration grace) {
        this.outOfServiceGrace = notNegative("outOfServiceGrace", grace);
        return this;
    }

    /**
     * @param timeout time an open attempt may take, positive; default {@link FailoverConfig#DEFAULT_OPEN_TIMEOUT}
     * @return this builder
     */
    public FailoverConfigBuilder openTimeout(Duration timeout) {
        this.openTimeout = positive("openTimeout", timeout);
        return this;
    }

    /**
     * @param initial first backoff, positive, at most the max; default {@link FailoverConfig#DEFAULT_BACKOFF_INITIAL}
     * @return this builder
     */
    public FailoverConfigBuilder backoffInitial(Duration initial) {
        this.backoffInitial = positive("backoffInitial", initial);
        return this;
    }

    /**
     * @param max longest backoff, positive, at least the initial; default {@link FailoverConfig#DEFAULT_BACKOFF_MAX}
     * @return this builder
     */
    public FailoverConfigBuilder backoffMax(Duration max) {
        this.backoffMax = positive("backoffMax", max);
        return this;
    }

    /**
     * @param multiplier backoff growth per failure, at least 1; default {@link FailoverConfig#DEFAULT_BACKOFF_MULTIPLIER}
     * @return this builder
     */
    public FailoverConfigBuilder backoffMultiplier(double multiplier) {
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("backoffMultiplier must be >= 1, was " + multiplier);
        }
        this.backoffMultiplier = multiplier;
        return this;
    }

    /**
     * @param jitter largest random shortening of a backoff, in [0, 1); default {@link FailoverConfig#DEFAULT_BACKOFF_JITTER}
     * @return this builder
     */
    public FailoverConfigBuilder backoffJitter(double jitter) {
        this.backoffJitter = fraction("backoffJitter", jitter);
        return this;
    }

    /**
     * @param window how long a failure keeps a server behind the others, zero or more; default
     *     {@link FailoverConfig#DEFAULT_POSTPONE_WINDOW}
     * @return this builder
     */
    public FailoverConfigBuilder postponeWindow(Duration window) {
        this.postponeWindow = notNegative("postponeWindow", window);
        return this;
    }

    /**
     * @param healthyFor how long a preferred XSP must stay live before fallback, zero or more; default
     *     {@link FailoverConfig#DEFAULT_FALLBACK_AFTER}
     * @return this builder
     */
    public FailoverConfigBuilder fallbackAfter(Duration healthyFor) {
        this.fallbackAfter = notNegative("fallbackAfter", healthyFor);
        return this;
    }

    /**
     * @param attempts give up after this many failed attempts while no channel is live, at least 1; default
     *     never
     * @return this builder
     */
    public FailoverConfigBuilder reconnectAttemptLimit(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("reconnectAttemptLimit must be >= 1, was " + attempts);
        }
        this.reconnectAttemptLimit = attempts;
        return this;
    }

    /**
     * @param limit give up after this long without a live channel, positive; default never
     * @return this builder
     */
    public FailoverConfigBuilder reconnectTimeLimit(Duration limit) {
        this.reconnectTimeLimit = positive("reconnectTimeLimit", limit);
        return this;
    }

    /** @return this builder, never giving up (the default) */
    public FailoverConfigBuilder reconnectForever() {
        this.reconnectAttemptLimit = null;
        this.reconnectTimeLimit = null;
        return this;
    }

    /**
     * @param threshold alerting time after which a resync is forced, positive; default
     *     {@link FailoverConfig#DEFAULT_ALERTING_TOO_LONG}
     * @return this builder
     */
    public FailoverConfigBuilder alertingTooLong(Duration threshold) {
        this.alertingTooLong = positive("alertingTooLong", threshold);
        return this;
    }

    /**
     * @param timeout time a forced resync may wait for its snapshot, positive; default
     *     {@link FailoverConfig#DEFAULT_RESYNC_TIMEOUT}
     * @return this builder
     */
    public FailoverConfigBuilder resyncTimeout(Duration timeout) {
        this.resyncTimeout = positive("resyncTimeout", timeout);
        return this;
    }

    /**
     * @param interval nominal periodic resync interval per device, positive; default
     *     {@link FailoverConfig#DEFAULT_PERIODIC_RESYNC_INTERVAL}
     * @return this builder
     */
    public FailoverConfigBuilder periodicResyncInterval(Duration interval) {
        this.periodicResyncInterval = positive("periodicResyncInterval", interval);
        return this;
    }

    /**
     * @param jitter relative deviation of each periodic interval, in [0, 1); default
     *     {@link FailoverConfig#DEFAULT_PERIODIC_RESYNC_JITTER}
     * @return this builder
     */
    public FailoverConfigBuilder periodicResyncJitter(double jitter) {
        this.periodicResyncJitter = fraction("periodicResyncJitter", jitter);
        return this;
    }

    /**
     * @param perSecond cap on periodic resyncs in any one-second window, at least 1; default
     *     {@link FailoverConfig#DEFAULT_MAX_PERIODIC_RESYNCS_PER_SECOND}
     * @return this builder
     */
    public FailoverConfigBuilder maxPeriodicResyncsPerSecond(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("maxPeriodicResyncsPerSecond must be >= 1, was " + perSecond);
        }
        this.maxPeriodicResyncsPerSecond = perSecond;
        return this;
    }

    /**
     * @param clock the clock facts are stamped with; default the system UTC clock
     * @return this builder
     */
    public FailoverConfigBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * @param seed seed of the jitter source, for reproducible runs; default unseeded
     * @return this builder
     */
    public FailoverConfigBuilder randomSeed(long seed) {
        this.randomSeed = seed;
        return this;
    }

    /**
     * @return the configuration
     * @throws IllegalArgumentException if settings contradict each other (backoff max below initial)
     */
    public FailoverConfig build() {
        return new FailoverConfig(this);
    }

    private static Duration positive(String name, Duration value) {
        if (notNegative(name, value).isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    private static Duration notNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    private static double fraction(String name, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
        return value;
    }
}
