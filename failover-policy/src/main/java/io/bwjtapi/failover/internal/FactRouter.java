package io.bwjtapi.failover.internal;

import io.bwjtapi.failover.channel.ChannelSet;
import io.bwjtapi.failover.decision.ResyncTrigger;
import io.bwjtapi.failover.device.DeviceTracker;
import io.bwjtapi.failover.fact.CallAlerting;
import io.bwjtapi.failover.fact.CallAlertingEnded;
import io.bwjtapi.failover.fact.CallStarted;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenStarted;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.DeviceRemoved;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.failover.fact.FactVisitor;
import io.bwjtapi.failover.fact.HeartbeatAnswered;
import io.bwjtapi.failover.fact.HeartbeatSent;
import io.bwjtapi.failover.fact.SequenceGap;
import io.bwjtapi.failover.fact.ShutdownRequested;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.fact.StreamTraffic;
import io.bwjtapi.failover.fact.SubscriptionCreated;
import io.bwjtapi.failover.fact.SubscriptionLost;
import io.bwjtapi.failover.fact.SubscriptionRefused;
import io.bwjtapi.failover.state.DeviceCause;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each fact to the part of the policy it concerns and says whether it applied. */
public final class FactRouter implements FactVisitor {
    private static final Logger LOG = LoggerFactory.getLogger(FactRouter.class);

    private final ChannelSet channels;
    private final DeviceTracker devices;
    private final ProviderLifecycle provider;
    private Instant now;
    private boolean applied;

    /**
     * @param channels the channel set
     * @param devices the device tracker
     * @param provider the provider lifecycle
     */
    public FactRouter(ChannelSet channels, DeviceTracker devices, ProviderLifecycle provider) {
        this.channels = channels;
        this.devices = devices;
        this.provider = provider;
    }

    /**
     * @param fact the fact
     * @param at the time it is applied at
     * @return whether it applied; a fact that does not fit the current state changes nothing
     */
    public boolean apply(Fact fact, Instant at) {
        this.now = at;
        this.applied = true;
        fact.accept(this);
        return applied;
    }

    @Override
    public void channelOpenStarted(ChannelOpenStarted fact) {
        applied = channels.openStarted(fact.endpoint(), now);
    }

    @Override
    public void channelOpenSucceeded(ChannelOpenSucceeded fact) {
        applied = channels.openSucceeded(fact.endpoint(), now);
    }

    @Override
    public void channelOpenFailed(ChannelOpenFailed fact) {
        applied = channels.openFailed(fact.endpoint(), fact.describe(), now);
    }

    @Override
    public void channelLost(ChannelLost fact) {
        if (fact.terminatedReason().filter(r -> r == ChannelLost.TerminatedReason.DUPLICATE_CHANNEL_SET).isPresent()) {
            LOG.warn("channel on {} replaced by another channel set with the same applicationId", fact.endpoint());
        }
        applied = channels.lost(fact.endpoint(), fact.describe(), now);
    }

    @Override
    public void heartbeatSent(HeartbeatSent fact) {
        applied = channels.heartbeatSent(fact.endpoint(), now);
    }

    @Override
    public void heartbeatAnswered(HeartbeatAnswered fact) {
        applied = channels.heartbeatAnswered(fact.endpoint());
    }

    @Override
    public void streamTraffic(StreamTraffic fact) {
        applied = channels.traffic(fact.endpoint(), now);
    }

    @Override
    public void deviceAdded(DeviceAdded fact) {
        applied = devices.added(fact.device(), now);
    }

    @Override
    public void deviceRemoved(DeviceRemoved fact) {
        DeviceCause cause = fact.reason() == DeviceRemoved.Reason.USER_DELETED
                ? DeviceCause.USER_DELETED : DeviceCause.RELEASED;
        applied = devices.removed(fact.device(), cause, now);
    }

    @Override
    public void subscriptionCreated(SubscriptionCreated fact) {
        applied = devices.subscriptionCreated(fact.device(), now);
    }

    @Override
    public void subscriptionLost(SubscriptionLost fact) {
        applied = devices.subscriptionLost(fact.device(), now);
    }

    @Override
    public void subscriptionRefused(SubscriptionRefused fact) {
        applied = devices.subscriptionRefused(fact.device(), fact.isPermanent(), now);
    }

    @Override
    public void sequenceGap(SequenceGap fact) {
        applied = devices.trigger(fact.device(), ResyncTrigger.SEQUENCE_GAP, now);
    }

    @Override
    public void snapshotReceived(SnapshotReceived fact) {
        applied = devices.snapshot(fact.device(), fact.unsolicited(), fact.agreedWithModel(), now);
    }

    @Override
    public void callStarted(CallStarted fact) {
        applied = fact.kind() == CallStarted.Kind.ORIGINATED
                ? devices.trigger(fact.device(), ResyncTrigger.CALL_ORIGINATED, now)
                : devices.callStartedAlerting(fact.device(), fact.callId(), now);
    }

    @Override
    public void callAlerting(CallAlerting fact) {
        applied = devices.watchAlerting(fact.device(), fact.callId(), fact.since());
    }

    @Override
    public void callAlertingEnded(CallAlertingEnded fact) {
        applied = devices.alertingEnded(fact.device(), fact.callId());
    }

    @Override
    public void shutdownRequested(ShutdownRequested fact) {
        provider.shutdownRequested(now);
    }
}
