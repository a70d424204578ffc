package io.bwjtapi.failover.channel;

import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.backoff.Backoff;
import io.bwjtapi.failover.decision.CloseChannel;
import io.bwjtapi.failover.decision.OpenChannel;
import io.bwjtapi.failover.detect.ChannelLiveness;
import io.bwjtapi.failover.event.ChannelStateChange;
import io.bwjtapi.failover.internal.Durations;
import io.bwjtapi.failover.internal.Outbox;
import io.bwjtapi.failover.server.ServerList;
import io.bwjtapi.failover.state.ChannelState;
import io.bwjtapi.failover.state.ChannelTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel state machine of every XSP and the rules that open and close channels.
 *
 * <p>The first {@code desiredChannels} XSPs in preference order are desired: each is (re)opened whenever it has
 * no channel and its backoff has passed. While fewer channels are live or opening than desired, less preferred
 * XSPs stand in, taken from the {@link ServerList} (recently failed ones last). A desired XSP that comes back
 * while substitutes are live replaces them only after it has stayed live for the fallback time, and only while
 * the desired count stays live: make before break. An XSP never has two attempts in flight.
 */
public final class ChannelSet {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelSet.class);

    private final Map<XspEndpoint, EndpointChannel> channels = new LinkedHashMap<>();
    private final ServerList servers;
    private final FailoverConfig config;
    private final Outbox outbox;
    private boolean liveChannelRemoved;
    private int failedAttempts;

    /**
     * @param config the policy's configuration
     * @param random the jitter source of the servers' backoffs
     * @param outbox where decisions and transitions go
     */
    public ChannelSet(FailoverConfig config, Random random, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
        this.servers = new ServerList(config.endpoints(), config.postponeWindow(),
                () -> new Backoff(config.backoff(), random));
        for (XspEndpoint endpoint : config.endpoints()) {
            channels.put(endpoint, new EndpointChannel(endpoint, channels.size() < config.desiredChannels()));
        }
    }

    /**
     * The wiring started the attempt in flight.
     *
     * @param endpoint the XSP
     * @param now the current time
     * @return whether an attempt was in flight (its timeout restarts now)
     */
    public boolean openStarted(XspEndpoint endpoint, Instant now) {
        EndpointChannel channel = channel(endpoint);
        if (!channel.is(ChannelState.OPENING)) {
            return false;
        }
        channel.attemptDeadline = now.plus(config.openTimeout());
        return true;
    }

    /**
     * An attempt succeeded: the channel is live.
     *
     * @param endpoint the XSP
     * @param now the current time
     * @return whether the success applied; a channel nobody asked for is closed again
     */
    public boolean openSucceeded(XspEndpoint endpoint, Instant now) {
        EndpointChannel channel = channel(endpoint);
        if (channel.is(ChannelState.CLOSED)) {
            LOG.info("channel on {} opened without an attempt in flight; closing it", endpoint);
            outbox.add(new CloseChannel(endpoint, CloseChannel.Reason.UNEXPECTED_CHANNEL));
            return true;
        }
        if (!channel.is(ChannelState.OPENING)) {
            return false;
        }
        channel.openedAt = now;
        channel.liveness = new ChannelLiveness(config.heartbeatInterval(), config.silenceTimeout(), now);
        servers.succeeded(endpoint);
        moveTo(channel, ChannelState.OPEN, "opened", now);
        return true;
    }

    /**
     * An attempt failed: the XSP backs off.
     *
     * @param endpoint the XSP
     * @param failure a short description of the failure
     * @param now the current time
     * @return whether an attempt was in flight
     */
    public boolean openFailed(XspEndpoint endpoint, String failure, Instant now) {
        EndpointChannel channel = channel(endpoint);
        if (!channel.is(ChannelState.OPENING)) {
            return false;
        }
        attemptFailed(channel, "open failed: " + failure, now);
        return true;
    }

    /**
     * A channel (or the attempt in flight) ended without the policy asking for it.
     *
     * @param endpoint the XSP
     * @param how a short description of how the channel ended
     * @param now the current time
     * @return whether the XSP had a live channel or an attempt in flight
     */
    public boolean lost(XspEndpoint endpoint, String how, Instant now) {
        EndpointChannel channel = channel(endpoint);
        if (channel.is(ChannelState.OPENING)) {
            attemptFailed(channel, "lost while opening: " + how, now);
            return true;
        }
        if (!channel.is(ChannelState.OPEN)) {
            return false;
        }
        lose(channel, "lost: " + how, now);
        return true;
    }

    /**
     * Something arrived on the XSP's stream.
     *
     * @param endpoint the XSP
     * @param now the current time
     * @return whether the XSP has a live channel
     */
    public boolean traffic(XspEndpoint endpoint, Instant now) {
        return withLiveness(endpoint, liveness -> liveness.traffic(now));
    }

    /**
     * A heartbeat was sent on the XSP's channel.
     *
     * @param endpoint the XSP
     * @param now the current time
     * @return whether the XSP has a live channel
     */
    public boolean heartbeatSent(XspEndpoint endpoint, Instant now) {
        return withLiveness(endpoint, liveness -> liveness.heartbeatSent(now));
    }

    /**
     * The XSP answered a heartbeat request with 200.
     *
     * @param endpoint the XSP
     * @return whether the XSP has a live channel
     */
    public boolean heartbeatAnswered(XspEndpoint endpoint) {
        return withLiveness(endpoint, ChannelLiveness::heartbeatAnswered);
    }

    /**
     * Abandons attempts past their timeout and declares silent channels dead.
     *
     * @param now the current time
     */
    public void expire(Instant now) {
        for (EndpointChannel channel : channels.values()) {
            if (channel.is(ChannelState.OPENING) && !now.isBefore(channel.attemptDeadline)) {
                outbox.add(new CloseChannel(channel.endpoint, CloseChannel.Reason.OPEN_TIMED_OUT));
                attemptFailed(channel, "open timed out", now);
            } else if (channel.is(ChannelState.OPEN) && channel.liveness.isSilent(now)) {
                CloseChannel.Reason verdict = channel.liveness.verdict();
                outbox.add(new CloseChannel(channel.endpoint, verdict));
                lose(channel, "declared dead: " + verdict, now);
            }
        }
    }

    /**
     * Closes substitutes that desired XSPs, live for the fallback time, have made surplus.
     *
     * @param now the current time
     */
    public void fallBack(Instant now) {
        if (!substitutesLive()) {
            return;
        }
        List<EndpointChannel> substitutes = select(c -> c.isSubstitute() && c.is(ChannelState.OPEN));
        int healthyDesired = select(c -> c.desired && c.is(ChannelState.OPEN)
                && !now.isBefore(c.openedAt.plus(config.fallbackAfter()))).size();
        int surplus = substitutes.size() - (config.desiredChannels() - healthyDesired);
        for (int i = substitutes.size() - 1; i >= 0 && surplus > 0; i--, surplus--) {
            EndpointChannel channel = substitutes.get(i);
            outbox.add(new CloseChannel(channel.endpoint, CloseChannel.Reason.FALLBACK_DONE));
            moveTo(channel, ChannelState.CLOSED, "fallback done", now);
            channel.liveness = null;
            liveChannelRemoved = true;
        }
    }

    /**
     * Opens channels where the rules say so.
     *
     * @param now the current time
     * @param initialOpen whether the provider is still opening: each XSP is then tried once, without backoff
     */
    public void planAttempts(Instant now, boolean initialOpen) {
        boolean substitutesLive = substitutesLive();
        for (EndpointChannel channel : channels.values()) {
            if (channel.desired && mayAttempt(channel, initialOpen) && !servers.readyAt(channel.endpoint).isAfter(now)) {
                open(channel, initialOpen ? OpenChannel.Reason.INITIAL_OPEN
                        : substitutesLive ? OpenChannel.Reason.FALLBACK : OpenChannel.Reason.RECONNECT, now);
            }
        }
        int free = freeSlots();
        if (free <= 0) {
            return;
        }
        for (XspEndpoint endpoint : servers.ready(now, substituteCandidates(initialOpen))) {
            if (free-- <= 0) {
                break;
            }
            open(channel(endpoint), initialOpen ? OpenChannel.Reason.INITIAL_OPEN : OpenChannel.Reason.SUBSTITUTE, now);
        }
    }

    /**
     * Closes every channel and abandons every attempt (the provider shuts down).
     *
     * @param now the current time
     */
    public void closeAll(Instant now) {
        for (EndpointChannel channel : channels.values()) {
            if (!channel.is(ChannelState.CLOSED)) {
                outbox.add(new CloseChannel(channel.endpoint, CloseChannel.Reason.SHUTDOWN));
                moveTo(channel, ChannelState.CLOSED, "shutdown", now);
            }
        }
    }

    /**
     * @param now the current time
     * @param initialOpen whether the provider is still opening (each XSP is then tried once)
     * @return the earliest time a timeout, a silence verdict, a backoff or a fallback is due
     */
    public Optional<Instant> nextDeadline(Instant now, boolean initialOpen) {
        Optional<Instant> next = Optional.empty();
        boolean substitutesLive = substitutesLive();
        for (EndpointChannel channel : channels.values()) {
            if (channel.is(ChannelState.OPENING)) {
                next = Durations.earliest(next, Optional.of(channel.attemptDeadline));
            } else if (channel.is(ChannelState.OPEN)) {
                next = Durations.earliest(next, channel.liveness.silentAt());
                Instant healthyAt = channel.openedAt.plus(config.fallbackAfter());
                if (substitutesLive && channel.desired && healthyAt.isAfter(now)) {
                    next = Durations.earliest(next, Optional.of(healthyAt));
                }
            } else if (channel.desired && mayAttempt(channel, initialOpen)) {
                next = Durations.earliest(next, Optional.of(servers.readyAt(channel.endpoint)));
            }
        }
        if (freeSlots() > 0) {
            next = Durations.earliest(next, servers.nextReady(now, substituteCandidates(initialOpen)));
        }
        return next;
    }

    /** @return how many XSPs have a live channel */
    public int liveCount() {
        return count(c -> c.is(ChannelState.OPEN));
    }

    /** @return whether a live channel left the set since the last call (lost, declared dead or fallen back) */
    public boolean takeLiveChannelRemoved() {
        boolean removed = liveChannelRemoved;
        liveChannelRemoved = false;
        return removed;
    }

    /** @return how many attempts failed since the last call */
    public int takeFailedAttempts() {
        int failed = failedAttempts;
        failedAttempts = 0;
        return failed;
    }

    /** @return whether every XSP was tried and none is live or opening (the initial open failed) */
    public boolean allTriedAndDown() {
        return select(c -> !c.tried || !c.is(ChannelState.CLOSED)).isEmpty();
    }

    /** @return the last failure per XSP, for example {@code xsp1:443: open failed: REFUSED; ...} */
    public String failureSummary() {
        StringJoiner summary = new StringJoiner("; ");
        channels.values().forEach(c -> summary.add(c.endpoint + ": " + c.lastFailure));
        return summary.toString();
    }

    /**
     * The device's service state.
     *
     * @param endpoint the XSP
     * @return the XSP's channel state
     */
    public ChannelState state(XspEndpoint endpoint) {
        return channel(endpoint).state;
    }

    private boolean mayAttempt(EndpointChannel channel, boolean initialOpen) {
        return channel.is(ChannelState.CLOSED) && !(initialOpen && channel.tried);
    }

    private Predicate<XspEndpoint> substituteCandidates(boolean initialOpen) {
        return endpoint -> {
            EndpointChannel channel = channel(endpoint);
            return channel.isSubstitute() && mayAttempt(channel, initialOpen);
        };
    }

    private int freeSlots() {
        return config.desiredChannels() - count(c -> !c.is(ChannelState.CLOSED));
    }

    private boolean substitutesLive() {
        return count(c -> c.isSubstitute() && c.is(ChannelState.OPEN)) > 0;
    }

    private int count(Predicate<EndpointChannel> filter) {
        int count = 0;
        for (EndpointChannel channel : channels.values()) {
            if (filter.test(channel)) {
                count++;
            }
        }
        return count;
    }

    private void open(EndpointChannel channel, OpenChannel.Reason reason, Instant now) {
        moveTo(channel, ChannelState.OPENING, "open: " + reason, now);
        channel.tried = true;
        channel.attemptDeadline = now.plus(config.openTimeout());
        outbox.add(new OpenChannel(channel.endpoint, reason));
    }

    private void attemptFailed(EndpointChannel channel, String failure, Instant now) {
        moveTo(channel, ChannelState.CLOSED, failure, now);
        channel.lastFailure = failure;
        servers.failed(channel.endpoint, now);
        failedAttempts++;
    }

    private void lose(EndpointChannel channel, String how, Instant now) {
        moveTo(channel, ChannelState.CLOSED, how, now);
        channel.lastFailure = how;
        channel.liveness = null;
        servers.failed(channel.endpoint, now);
        liveChannelRemoved = true;
    }

    private boolean withLiveness(XspEndpoint endpoint, Consumer<ChannelLiveness> update) {
        EndpointChannel channel = channel(endpoint);
        if (!channel.is(ChannelState.OPEN)) {
            return false;
        }
        update.accept(channel.liveness);
        return true;
    }

    private List<EndpointChannel> select(Predicate<EndpointChannel> filter) {
        List<EndpointChannel> selected = new ArrayList<>();
        channels.values().forEach(c -> {
            if (filter.test(c)) {
                selected.add(c);
            }
        });
        return selected;
    }

    private EndpointChannel channel(XspEndpoint endpoint) {
        EndpointChannel channel = channels.get(endpoint);
        if (channel == null) {
            throw new IllegalArgumentException("XSP " + endpoint + " is not in the configured endpoints");
        }
        return channel;
    }

    /** The one transition method: validates against the table, applies, publishes. */
    private void moveTo(EndpointChannel channel, ChannelState to, String reason, Instant now) {
        ChannelTransition.between(channel.state, to);
        ChannelState from = channel.state;
        channel.state = to;
        LOG.debug("channel {}: {} -> {} ({})", channel.endpoint, from, to, reason);
        outbox.channelChanged(new ChannelStateChange(channel.endpoint, from, to, reason, now));
    }
}
