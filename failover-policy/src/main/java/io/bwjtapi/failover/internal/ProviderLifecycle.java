package io.bwjtapi.failover.internal;

import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.channel.ChannelSet;
import io.bwjtapi.failover.decision.GiveUp;
import io.bwjtapi.failover.decision.ProviderStateChange;
import io.bwjtapi.failover.device.DeviceTracker;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.ProviderState;
import io.bwjtapi.failover.state.ProviderTransition;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's connection state machine and the step that brings every decision up to date.
 *
 * <p>Rules: in service with the desired number of live channels, degraded with fewer (and during the grace
 * period after the last one is lost), out of service once no channel has been live for the grace period. Going
 * down, devices go out of service before the provider; coming up, the provider comes back before the devices'
 * resyncs go out. The initial open fails when every XSP was tried once and none is live; afterwards the policy
 * gives up only at the configured reconnect limit, counted from the moment no channel was live.
 */
public final class ProviderLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderLifecycle.class);

    private final FailoverConfig config;
    private final ChannelSet channels;
    private final DeviceTracker devices;
    private final Outbox outbox;
    private ProviderState state = ProviderState.CONNECTING;
    private Instant noLiveChannelSince;
    private int failedAttemptsSince;

    /**
     * @param config the policy's configuration
     * @param channels the channel set
     * @param devices the device tracker
     * @param outbox where decisions and transitions go
     */
    public ProviderLifecycle(FailoverConfig config, ChannelSet channels, DeviceTracker devices, Outbox outbox) {
        this.config = config;
        this.channels = channels;
        this.devices = devices;
        this.outbox = outbox;
    }

    /** @return the provider's connection state */
    public ProviderState state() {
        return state;
    }

    /**
     * Applies everything that is due at {@code now} and opens what should be open.
     *
     * @param now the current time
     */
    public void settle(Instant now) {
        if (state == ProviderState.SHUTDOWN) {
            return;
        }
        channels.expire(now);
        channels.fallBack(now);
        reactToChannels(now);
        if (state == ProviderState.SHUTDOWN) {
            return;
        }
        devices.onTime(now);
        channels.planAttempts(now, state == ProviderState.CONNECTING);
    }

    /**
     * The application shut the provider down.
     *
     * @param now the current time
     */
    public void shutdownRequested(Instant now) {
        if (state != ProviderState.SHUTDOWN) {
            shutdown(ProviderStateChange.Reason.SHUTDOWN_REQUESTED, now);
        }
    }

    /**
     * @param now the current time
     * @return the earliest time {@link #settle(Instant)} has something to do
     */
    public Optional<Instant> nextDeadline(Instant now) {
        if (state == ProviderState.SHUTDOWN) {
            return Optional.empty();
        }
        Optional<Instant> next = Durations.earliest(channels.nextDeadline(now, state == ProviderState.CONNECTING),
                devices.nextDeadline(now));
        if (noLiveChannelSince != null) {
            if (state != ProviderState.OUT_OF_SERVICE) {
                next = Durations.earliest(next, Optional.of(noLiveChannelSince.plus(config.outOfServiceGrace())));
            }
            next = Durations.earliest(next, config.reconnectTimeLimit().map(noLiveChannelSince::plus));
        }
        return next;
    }

    private void reactToChannels(Instant now) {
        int live = channels.liveCount();
        boolean removed = channels.takeLiveChannelRemoved();
        int failed = channels.takeFailedAttempts();
        if (live == 0) {
            devices.channelLive(false, now);
        }
        if (removed) {
            devices.channelLost(now);
        }
        if (state == ProviderState.CONNECTING) {
            if (live == 0) {
                if (channels.allTriedAndDown()) {
                    giveUp(GiveUp.Reason.INITIAL_OPEN_FAILED, ProviderStateChange.Reason.INITIAL_OPEN_FAILED, now);
                }
                return;
            }
        } else if (reconnectLimitReached(live, failed, now)) {
            return;
        }
        ProviderState target = target(live, now);
        if (target != state) {
            if (target == ProviderState.OUT_OF_SERVICE) {
                devices.connectionLost(now);
            }
            moveTo(target, reasonFor(target), now);
        }
        if (live > 0) {
            devices.channelLive(true, now);
        }
    }

    private boolean reconnectLimitReached(int live, int failed, Instant now) {
        if (live > 0) {
            noLiveChannelSince = null;
            failedAttemptsSince = 0;
            return false;
        }
        if (noLiveChannelSince == null) {
            noLiveChannelSince = now;
        }
        failedAttemptsSince += failed;
        if (config.reconnectAttemptLimit().isPresent()
                && failedAttemptsSince >= config.reconnectAttemptLimit().getAsInt()) {
            giveUp(GiveUp.Reason.RECONNECT_ATTEMPTS_EXHAUSTED, ProviderStateChange.Reason.RECONNECT_LIMIT_REACHED,
                    now);
            return true;
        }
        if (config.reconnectTimeLimit().isPresent()
                && !now.isBefore(noLiveChannelSince.plus(config.reconnectTimeLimit().get()))) {
            giveUp(GiveUp.Reason.RECONNECT_TIME_EXHAUSTED, ProviderStateChange.Reason.RECONNECT_LIMIT_REACHED, now);
            return true;
        }
        return false;
    }

    private ProviderState target(int live, Instant now) {
        if (live >= config.desiredChannels()) {
            return ProviderState.IN_SERVICE;
        }
        if (live > 0) {
            return ProviderState.DEGRADED;
        }
        if (!now.isBefore(noLiveChannelSince.plus(config.outOfServiceGrace()))) {
            return ProviderState.OUT_OF_SERVICE;
        }
        return state == ProviderState.IN_SERVICE ? ProviderState.DEGRADED : state;
    }

    private static ProviderStateChange.Reason reasonFor(ProviderState target) {
        switch (target) {
            case IN_SERVICE:
                return ProviderStateChange.Reason.CHANNELS_LIVE;
            case DEGRADED:
                return ProviderStateChange.Reason.CHANNELS_DOWN;
            default:
                return ProviderStateChange.Reason.NO_LIVE_CHANNEL;
        }
    }

    private void giveUp(GiveUp.Reason reason, ProviderStateChange.Reason providerReason, Instant now) {
        String detail = channels.failureSummary();
        LOG.warn("giving up on BroadWorks ({}): {}", reason, detail);
        outbox.add(new GiveUp(reason, detail));
        shutdown(providerReason, now);
    }

    private void shutdown(ProviderStateChange.Reason reason, Instant now) {
        channels.closeAll(now);
        devices.closeAll(DeviceCause.PROVIDER_SHUTDOWN, now);
        moveTo(ProviderState.SHUTDOWN, reason, now);
    }

    /** The one transition method: validates against the table, applies, publishes. */
    private void moveTo(ProviderState to, ProviderStateChange.Reason reason, Instant now) {
        ProviderTransition.between(state, to);
        ProviderState from = state;
        state = to;
        LOG.info("provider {} -> {} ({})", from, to, reason);
        outbox.providerChanged(new ProviderStateChange(from, to, reason, now));
    }
}
