package io.bwjtapi.broadworks.failover;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.failover.fact.HeartbeatSent;
import io.bwjtapi.failover.fact.SequenceGap;
import io.bwjtapi.failover.fact.StreamTraffic;
import io.bwjtapi.failover.fact.SubscriptionCreated;
import io.bwjtapi.failover.fact.SubscriptionLost;
import io.bwjtapi.failover.fact.SubscriptionRefused;
import io.bwjtapi.xsi.XsiLifecycleListener;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.model.EventPackage;
import io.bwjtapi.xsi.subscription.Subscription;
import io.bwjtapi.xsi.subscription.SubscriptionLossReason;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the Xsi client's transport facts into failover-policy facts on the switch thread, as the policy's wiring
 * contract asks: every heartbeat sent, stream traffic (throttled per channel), the loss of a channel the policy
 * knows (facts about channels it closed are dropped), subscription creation, loss and refusal, and sequence
 * gaps. Channel opens are reported by {@link DecisionRunner}, which started them.
 */
public final class BackendFacts implements XsiLifecycleListener {
    private static final Logger LOG = LoggerFactory.getLogger(BackendFacts.class);

    private final SwitchThread thread;
    private final ChannelSlots slots;
    private final PolicyDriver driver;
    private final Predicate<String> monitored;
    private final SessionStats stats;
    private final Clock clock;
    private final TrafficThrottle throttle = new TrafficThrottle(TrafficThrottle.DEFAULT_INTERVAL_NANOS);

    BackendFacts(SwitchThread thread, ChannelSlots slots, PolicyDriver driver, Predicate<String> monitored,
            SessionStats stats, Clock clock) {
        this.thread = thread;
        this.slots = slots;
        this.driver = driver;
        this.monitored = monitored;
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public void heartbeatSent(EventChannel channel) {
        onChannel(channel, HeartbeatSent::new);
    }

    @Override
    public void trafficSeen(EventChannel channel) {
        if (throttle.pass(channel, System.nanoTime())) {
            onChannel(channel, StreamTraffic::new);
        }
    }

    @Override
    public void channelClosed(EventChannel channel, ChannelCloseReason reason) {
        throttle.forget(channel);
        thread.execute(() -> {
            XspEndpoint endpoint = slots.endpointOf(channel);
            if (endpoint != null) {
                slots.close(endpoint);
                LOG.info("Event channel on {} lost: {}", endpoint, reason);
                stats.channelLost();
                stats.timeline().channelLost(clock.instant());
                driver.fact(FactMapping.lost(endpoint, reason));
            }
        });
    }

    @Override
    public void subscriptionCreated(Subscription subscription) {
        onDevice(subscription.userId(), SubscriptionCreated::new);
    }

    @Override
    public void subscriptionLost(Subscription subscription, SubscriptionLossReason reason) {
        onDevice(subscription.userId(), SubscriptionLost::new);
    }

    @Override
    public void subscriptionRefused(String userId, EventPackage eventPackage, XsiResponse<?> response) {
        int status = FactMapping.refusalStatus(response.status());
        onDevice(userId, device -> new SubscriptionRefused(device, status));
    }

    @Override
    public void sequenceGap(String userId, String subscriptionId, int expected, int received) {
        stats.sequenceGap();
        onDevice(userId, SequenceGap::new);
    }

    @Override
    public void duplicateDropped(String subscriptionId, int sequenceNumber, String eventId) {
        stats.duplicate();
    }

    @Override
    public void unknownEventType(String typeName) {
        LOG.debug("Unknown Xsi event type {} ignored", typeName);
    }

    @Override
    public void unknownSubscription(String subscriptionId) {
        stats.badDocument();
    }

    @Override
    public void decodeFailure(EventChannel channel, String detail) {
        stats.badDocument();
    }

    private void onChannel(EventChannel channel, Function<XspEndpoint, Fact> fact) {
        thread.execute(() -> {
            XspEndpoint endpoint = slots.endpointOf(channel);
            if (endpoint != null) {
                driver.fact(fact.apply(endpoint));
            }
        });
    }

    private void onDevice(String userId, Function<DeviceId, Fact> fact) {
        if (monitored.test(userId)) {
            thread.execute(() -> driver.fact(fact.apply(DeviceId.of(userId))));
        }
    }
}
