package io.bwjtapi.failover;

import io.bwjtapi.failover.backoff.BackoffConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Everything the failover policy can be tuned with; immutable, built by {@link #builder(List)}, derived from
 * another with {@link #toBuilder()}. Every setting has a public {@code DEFAULT_*} value chosen so that a silent
 * XSP is detected within 3 s and the provider is back in service within 5 s of a server being reachable.
 *
 * <p><b>Heartbeat arithmetic.</b> The wiring sends a heartbeat {@code PUT} every {@link #heartbeatInterval()}
 * (default 1 s) on each channel; the XSP echoes each one with a {@code ChannelHeartBeat} on the stream. A channel
 * with no stream traffic for {@link #silenceTimeout()} = interval x {@link #heartbeatMissTolerance()} (default
 * 1 s x 2 = 2 s) is declared silent, which leaves 1 s of the 3 s budget for timer lateness and the round trip.
 * Two heartbeats must go unechoed, so one slow echo never drops a healthy channel. Load on the XSP: one small
 * {@code PUT} per second per channel (3,600 requests per hour) and a 97-byte chunk back; the XSP itself only
 * needs one per eventTimeout/2 (15 s with the usual 30 s eventTimeout).
 *
 * <p><b>Reconnecting.</b> A server that failed waits a capped exponential backoff (default 0.5 s, doubling, at
 * most 3 s, up to 20% shorter at random) before it is tried again, so a server that comes back is tried within
 * 3 s; a different server is tried at once. Servers that failed within the postpone window (default 60 s) are
 * tried after the others. By default the policy never gives up.
 */
public final class FailoverConfig {
    /** Default heartbeat interval: 1 s, see the class comment for the arithmetic. */
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(1);
    /** Default number of heartbeat intervals without stream traffic before a channel is silent: 2. */
    public static final int DEFAULT_HEARTBEAT_MISS_TOLERANCE = 2;
    /** Default time with no live channel before the provider goes out of service: 1 s (covers a quick reconnect). */
    public static final Duration DEFAULT_OUT_OF_SERVICE_GRACE = Duration.ofSeconds(1);
    /** Default time an open attempt may take before it is abandoned: 10 s. */
    public static final Duration DEFAULT_OPEN_TIMEOUT = Duration.ofSeconds(10);
    /** Default first backoff: 0.5 s. */
    public static final Duration DEFAULT_BACKOFF_INITIAL = Duration.ofMillis(500);
    /** Default longest backoff: 3 s, which bounds the time from "server reachable" to "attempt". */
    public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(3);
    /** Default backoff growth per failure: 2. */
    public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;
    /** Default backoff jitter: waits are up to 20% shorter at random. */
    public static final double DEFAULT_BACKOFF_JITTER = 0.2;
    /** Default postpone window: a server that failed within the last 60 s is tried after the others. */
    public static final Duration DEFAULT_POSTPONE_WINDOW = Duration.ofSeconds(60);
    /** Default time a preferred XSP must stay live before a substitute's channel is closed: 60 s. */
    public static final Duration DEFAULT_FALLBACK_AFTER = Duration.ofSeconds(60);
    /** Default alerting time after which a resync is forced: 20 s (a little over three rings). */
    public static final Duration DEFAULT_ALERTING_TOO_LONG = Duration.ofSeconds(20);
    /** Default time a forced resync may wait for its snapshot before it is retried: 10 s. */
    public static final Duration DEFAULT_RESYNC_TIMEOUT = Duration.ofSeconds(10);
    /** Default periodic resync interval per device: 30 min. */
    public static final Duration DEFAULT_PERIODIC_RESYNC_INTERVAL = Duration.ofMinutes(30);
    /** Default periodic resync jitter: each interval is drawn from 24 to 36 minutes. */
    public static final double DEFAULT_PERIODIC_RESYNC_JITTER = 0.2;
    /**
     * Default cap on periodic resyncs per second: 20. 10,000 devices every 30 min need 5.6 per second on
     * average; forced resyncs of any kind in the same second count against the cap.
     */
    public static final int DEFAULT_MAX_PERIODIC_RESYNCS_PER_SECOND = 20;

    private final List<XspEndpoint> endpoints;
    private final int desiredChannels;
    private final Duration heartbeatInterval;
    private final int heartbeatMissTolerance;
    private final Duration outOfServiceGrace;
    private final Duration openTimeout;
    private final BackoffConfig backoff;
    private final Duration postponeWindow;
    private final Duration fallbackAfter;
    private final Integer reconnectAttemptLimit;
    private final Duration reconnectTimeLimit;
    private final Duration alertingTooLong;
    private final Duration resyncTimeout;
    private final Duration periodicResyncInterval;
    private final double periodicResyncJitter;
    private final int maxPeriodicResyncsPerSecond;
    private final Clock clock;
    private final Long randomSeed;

    FailoverConfig(FailoverConfigBuilder b) {
        endpoints = List.copyOf(b.endpoints);
        desiredChannels = b.desiredChannels == null ? endpoints.size() : b.desiredChannels;
        heartbeatInterval = b.heartbeatInterval;
        heartbeatMissTolerance = b.heartbeatMissTolerance;
        outOfServiceGrace = b.outOfServiceGrace;
        openTimeout = b.openTimeout;
        backoff = BackoffConfig.of(b.backoffInitial, b.backoffMax, b.backoffMultiplier, b.backoffJitter);
        postponeWindow = b.postponeWindow;
        fallbackAfter = b.fallbackAfter;
        reconnectAttemptLimit = b.reconnectAttemptLimit;
        reconnectTimeLimit = b.reconnectTimeLimit;
        alertingTooLong = b.alertingTooLong;
        resyncTimeout = b.resyncTimeout;
        periodicResyncInterval = b.periodicResyncInterval;
        periodicResyncJitter = b.periodicResyncJitter;
        maxPeriodicResyncsPerSecond = b.maxPeriodicResyncsPerSecond;
        clock = b.clock;
        randomSeed = b.randomSeed;
        if (desiredChannels > endpoints.size()) {
            throw new IllegalArgumentException("desiredChannels " + desiredChannels + " exceeds the "
                    + endpoints.size() + " configured XSPs (one channel per XSP)");
        }
    }

    /**
     * @param endpoints the XSPs in preference order, at least one, no duplicates
     * @return a builder with every other setting at its default
     */
    public static FailoverConfigBuilder builder(List<XspEndpoint> endpoints) {
        return new FailoverConfigBuilder(endpoints);
    }

    /** @return a builder holding this configuration's values */
    public FailoverConfigBuilder toBuilder() {
        FailoverConfigBuilder b = new FailoverConfigBuilder(endpoints).desiredChannels(desiredChannels).heartbeatInterval(heartbeatInterval)
                .heartbeatMissTolerance(heartbeatMissTolerance).outOfServiceGrace(outOfServiceGrace)
                .openTimeout(openTimeout).backoffInitial(backoff.initial()).backoffMax(backoff.max())
                .backoffMultiplier(backoff.multiplier()).backoffJitter(backoff.jitter())
                .postponeWindow(postponeWindow).fallbackAfter(fallbackAfter).alertingTooLong(alertingTooLong)
                .resyncTimeout(resyncTimeout).periodicResyncInterval(periodicResyncInterval)
                .periodicResyncJitter(periodicResyncJitter).maxPeriodicResyncsPerSecond(maxPeriodicResyncsPerSecond)
                .clock(clock);
        b.reconnectAttemptLimit = reconnectAttemptLimit;
        b.reconnectTimeLimit = reconnectTimeLimit;
        b.randomSeed = randomSeed;
        return b;
    }

    /** @return the XSPs, most preferred first */
    public List<XspEndpoint> endpoints() {
        return endpoints;
    }

    /** @return how many channels to keep live, one per XSP on the most preferred reachable ones */
    public int desiredChannels() {
        return desiredChannels;
    }

    /** @return how often the wiring sends a heartbeat per channel */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /** @return how many heartbeat intervals a stream may stay silent */
    public int heartbeatMissTolerance() {
        return heartbeatMissTolerance;
    }

    /** @return heartbeat interval x miss tolerance: silence longer than this declares a channel dead */
    public Duration silenceTimeout() {
        return heartbeatInterval.multipliedBy(heartbeatMissTolerance);
    }

    /** @return how long no channel may be live before the provider goes out of service */
    public Duration outOfServiceGrace() {
        return outOfServiceGrace;
    }

    /** @return how long an open attempt may take */
    public Duration openTimeout() {
        return openTimeout;
    }

    /** @return the backoff shape, used per server and per device resync retry */
    public BackoffConfig backoff() {
        return backoff;
    }

    /** @return how long a failure keeps a server behind the others */
    public Duration postponeWindow() {
        return postponeWindow;
    }

    /** @return how long a preferred XSP must stay live before a substitute is closed */
    public Duration fallbackAfter() {
        return fallbackAfter;
    }

    /** @return failed attempts while no channel is live after which the policy gives up; empty: never */
    public OptionalInt reconnectAttemptLimit() {
        return reconnectAttemptLimit == null ? OptionalInt.empty() : OptionalInt.of(reconnectAttemptLimit);
    }

    /** @return time without a live channel after which the policy gives up; empty: never */
    public Optional<Duration> reconnectTimeLimit() {
        return Optional.ofNullable(reconnectTimeLimit);
    }

    /** @return alerting time after which a resync is forced */
    public Duration alertingTooLong() {
        return alertingTooLong;
    }

    /** @return how long a forced resync may wait for its snapshot */
    public Duration resyncTimeout() {
        return resyncTimeout;
    }

    /** @return the nominal periodic resync interval per device */
    public Duration periodicResyncInterval() {
        return periodicResyncInterval;
    }

    /** @return the relative deviation of each periodic interval */
    public double periodicResyncJitter() {
        return periodicResyncJitter;
    }

    /** @return the cap on periodic resyncs in any one-second window */
    public int maxPeriodicResyncsPerSecond() {
        return maxPeriodicResyncsPerSecond;
    }

    /** @return the clock the policy stamps facts with */
    public Clock clock() {
        return clock;
    }

    /** @return the seed of the jitter source; empty: a fresh unseeded source per policy */
    public OptionalLong randomSeed() {
        return randomSeed == null ? OptionalLong.empty() : OptionalLong.of(randomSeed);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FailoverConfig)) {
            return false;
        }
        FailoverConfig that = (FailoverConfig) other;
        return endpoints.equals(that.endpoints) && desiredChannels == that.desiredChannels
                && heartbeatInterval.equals(that.heartbeatInterval)
                && heartbeatMissTolerance == that.heartbeatMissTolerance
                && outOfServiceGrace.equals(that.outOfServiceGrace) && openTimeout.equals(that.openTimeout)
                && backoff.equals(that.backoff) && postponeWindow.equals(that.postponeWindow)
                && fallbackAfter.equals(that.fallbackAfter)
                && Objects.equals(reconnectAttemptLimit, that.reconnectAttemptLimit)
                && Objects.equals(reconnectTimeLimit, that.reconnectTimeLimit)
                && alertingTooLong.equals(that.alertingTooLong) && resyncTimeout.equals(that.resyncTimeout)
                && periodicResyncInterval.equals(that.periodicResyncInterval)
                && periodicResyncJitter == that.periodicResyncJitter
                && maxPeriodicResyncsPerSecond == that.maxPeriodicResyncsPerSecond && clock.equals(that.clock)
                && Objects.equals(randomSeed, that.randomSeed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoints, desiredChannels, heartbeatInterval, heartbeatMissTolerance, outOfServiceGrace,
                openTimeout, backoff, postponeWindow, fallbackAfter, reconnectAttemptLimit, reconnectTimeLimit,
                alertingTooLong, resyncTimeout, periodicResyncInterval, periodicResyncJitter,
                maxPeriodicResyncsPerSecond, clock, randomSeed);
    }

    @Override
    public String toString() {
        return "FailoverConfig[endpoints=" + endpoints + ", desiredChannels=" + desiredChannels + ", heartbeat="
                + heartbeatInterval + " x" + heartbeatMissTolerance + ", grace=" + outOfServiceGrace + ", openTimeout="
                + openTimeout + ", " + backoff + ", postpone=" + postponeWindow + ", fallbackAfter=" + fallbackAfter
                + ", reconnectAttemptLimit=" + reconnectAttemptLimit() + ", reconnectTimeLimit="
                + reconnectTimeLimit() + ", alertingTooLong=" + alertingTooLong + ", resyncTimeout=" + resyncTimeout
                + ", periodic=" + periodicResyncInterval + " +-" + periodicResyncJitter + " max "
                + maxPeriodicResyncsPerSecond + "/s]";
    }
}
