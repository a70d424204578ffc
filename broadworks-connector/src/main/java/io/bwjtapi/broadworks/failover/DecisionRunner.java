package io.bwjtapi.broadworks.failover;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.decision.CloseChannel;
import io.bwjtapi.failover.decision.DecisionVisitor;
import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ForceResync;
import io.bwjtapi.failover.decision.GiveUp;
import io.bwjtapi.failover.decision.OpenChannel;
import io.bwjtapi.failover.decision.ProviderStateChange;
import io.bwjtapi.failover.fact.ChannelOpenStarted;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.channel.EventChannelSet;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the policy's decisions: opens channels in the session's channel set and reports how each attempt
 * ended, closes channels (a dead one is dropped at once, a healthy one deleted gracefully), hands forced resyncs
 * to {@link ResyncRequests}, state changes to the {@link ServiceReporter}, and giving up to the session. Facts it
 * produces are queued on the switch thread, never fed back into the step that is running.
 */
final class DecisionRunner implements DecisionVisitor {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionRunner.class);

    private final SwitchThread thread;
    private final EventChannelSet channels;
    private final XspEndpoints endpoints;
    private final ChannelSlots slots;
    private final ResyncRequests resyncs;
    private final ServiceReporter reporter;
    private final PolicyDriver driver;
    private final SessionHooks hooks;
    private final SessionStats stats;
    private final Clock clock;

    DecisionRunner(FailoverWiring wiring, ServiceReporter reporter, SessionHooks hooks) {
        this.thread = wiring.thread();
        this.channels = wiring.channels();
        this.endpoints = wiring.endpoints();
        this.slots = wiring.slots();
        this.resyncs = wiring.resyncs();
        this.driver = wiring.driver();
        this.stats = wiring.stats();
        this.clock = wiring.clock();
        this.reporter = reporter;
        this.hooks = hooks;
    }

    @Override
    public void openChannel(OpenChannel decision) {
        XspEndpoint endpoint = decision.endpoint();
        long attempt = slots.startAttempt(endpoint);
        LOG.debug("Opening an event channel on {} ({})", endpoint, decision.reason());
        thread.execute(() -> driver.fact(new ChannelOpenStarted(endpoint)));
        channels.open(endpoints.backend(endpoint)).whenComplete((channel, failure) ->
                thread.execute(() -> opened(endpoint, attempt, channel, failure)));
    }

    private void opened(XspEndpoint endpoint, long attempt, EventChannel channel, Throwable failure) {
        if (failure != null) {
            if (slots.failed(endpoint, attempt)) {
                LOG.info("Cannot open an event channel on {}: {}", endpoint, failure.getMessage());
                driver.fact(FactMapping.openFailed(endpoint, failure));
            }
        } else if (slots.succeeded(endpoint, attempt, channel)) {
            LOG.info("Event channel {} open on {}", channel.channelId().orElse("?"), endpoint);
            stats.channelOpened();
            stats.timeline().channelOpened(clock.instant());
            driver.fact(new ChannelOpenSucceeded(endpoint));
            hooks.channelOpened();
        } else {
            channels.close(channel); // an attempt the policy abandoned answered late
        }
    }

    @Override
    public void closeChannel(CloseChannel decision) {
        EventChannel channel = slots.close(decision.endpoint());
        if (channel == null) {
            return;
        }
        switch (decision.reason()) {
            case HEARTBEAT_UNANSWERED:
            case STREAM_STALLED:
                LOG.warn("Event channel on {} is silent ({}): dropping it", decision.endpoint(), decision.reason());
                stats.channelLost();
                stats.timeline().channelLost(clock.instant());
                channels.abort(channel, decision.reason().name());
                break;
            default:
                LOG.info("Closing the event channel on {} ({})", decision.endpoint(), decision.reason());
                channels.close(channel);
        }
    }

    @Override
    public void providerStateChange(ProviderStateChange decision) {
        reporter.provider(decision);
    }

    @Override
    public void deviceStateChange(DeviceStateChange decision) {
        if (decision.to() == DeviceState.CLOSED) {
            resyncs.cancel(decision.device());
        }
        reporter.device(decision);
    }

    @Override
    public void forceResync(ForceResync decision) {
        stats.resyncsRequested(decision.devices().size());
        stats.timeline().resyncsSent(clock.instant());
        LOG.debug("Forced resync ({}) of {}", decision.trigger(), decision.devices().size() <= 5
                ? decision.devices() : decision.devices().size() + " devices");
        resyncs.request(decision.devices());
    }

    @Override
    public void giveUp(GiveUp decision) {
        hooks.gaveUp(decision);
    }
}
