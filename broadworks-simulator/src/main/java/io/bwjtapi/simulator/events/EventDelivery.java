package io.bwjtapi.simulator.events;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.engine.IdGenerator;
import io.bwjtapi.simulator.engine.Scheduler;
import io.bwjtapi.simulator.xsi.EventDocuments;
import io.bwjtapi.simulator.xsi.EventResponseRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts subscription events on a channel of their set and tracks acknowledgements. A channel is chosen among
 * the set's open channels with the best (lowest) priority, at random in proportion to weight. An event not
 * acknowledged in time goes to another channel of the set; after the configured number of unacknowledged
 * deliveries every channel of the set is terminated as NonResponsiveChannel. EventResponse status codes
 * act as BroadWorks documents them: 400 drops, 404 deletes the channel and resends, 481 deletes the
 * subscription, 500 resends on the next channel.
 */
public final class EventDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);

    private record Pending(OutgoingEvent event, EventChannel channel, int attempt, Scheduler.Cancellable timer) {
    }

    private final SimulatorConfig config;
    private final ChannelManager channels;
    private final IdGenerator ids;
    private final Scheduler scheduler;
    private final EventsObserver observer;
    private final Consumer<Subscription> unknownSubscription;
    private final Map<String, Pending> pending = new HashMap<>();

    public EventDelivery(SimulatorConfig config, ChannelManager channels, IdGenerator ids, Scheduler scheduler,
            EventsObserver observer, Consumer<Subscription> unknownSubscription) {
        this.config = config;
        this.channels = channels;
        this.ids = ids;
        this.scheduler = scheduler;
        this.observer = observer;
        this.unknownSubscription = unknownSubscription;
    }

    /** Delivers an event for the first time. */
    public void send(OutgoingEvent event) {
        deliver(event, 1, null);
    }

    /**
     * Applies an EventResponse received on an XSP.
     *
     * @throws SimulatorException NOT_FOUND when the event went out on a channel another XSP holds
     */
    public void acknowledge(int xspIndex, EventResponseRequest response) {
        Pending p = pending.get(response.eventId());
        if (p == null) {
            LOG.debug("acknowledgement for an event not awaiting one: {}", response.eventId());
            return;
        }
        if (p.channel.xspIndex() != xspIndex) {
            throw new SimulatorException(Reason.NOT_FOUND,
                    "event " + response.eventId() + " was not sent on a channel of this XSP");
        }
        pending.remove(response.eventId());
        p.timer.cancel();
        switch (response.statusCode()) {
            case 404 -> {
                channels.terminate(p.channel, "UnknownChannel");
                deliver(p.event, p.attempt + 1, p.channel);
            }
            case 481 -> unknownSubscription.accept(p.event.subscription());
            case 500 -> {
                if (p.attempt < config.maxDeliveryAttempts()) {
                    deliver(p.event, p.attempt + 1, p.channel);
                }
            }
            default -> {
                // 200: delivered; 400: the application cannot process it, so it is dropped.
            }
        }
    }

    /** Forgets the unacknowledged events of a subscription that ended. */
    public void forget(Subscription subscription) {
        List<String> gone = new ArrayList<>();
        pending.forEach((id, p) -> {
            if (p.event.subscription() == subscription) {
                p.timer.cancel();
                gone.add(id);
            }
        });
        gone.forEach(pending::remove);
    }

    /** Number of events awaiting an acknowledgement. */
    public int pendingCount() {
        return pending.size();
    }

    private void deliver(OutgoingEvent event, int attempt, EventChannel previous) {
        Subscription subscription = event.subscription();
        if (subscription.ended) {
            return;
        }
        EventChannel channel = choose(subscription, previous);
        while (channel != null && channel.stream.congested()) {
            channels.dropSlowReader(channel);
            channel = choose(subscription, previous);
        }
        if (channel == null) {
            observer.eventUndeliverable(subscription, event.eventId());
            return;
        }
        channels.send(channel, EventDocuments.subscriptionEvent(event.eventId(), event.sequenceNumber(),
                subscription.owner, subscription.applicationId, subscription.subscriptionId, channel.channelId,
                event.withTargetId() ? subscription.target.userId() : null, event.eventData()));
        if (!config.ackTimeout().isZero()) {
            EventChannel sentOn = channel;
            Scheduler.Cancellable timer = scheduler.schedule(config.ackTimeout(), () -> unacknowledged(event.eventId()));
            Pending replaced = pending.put(event.eventId(), new Pending(event, sentOn, attempt, timer));
            if (replaced != null) {
                replaced.timer.cancel(); // a duplicated event: the latest delivery is the one awaited
            }
        }
    }

    private void unacknowledged(String eventId) {
        Pending p = pending.remove(eventId);
        if (p == null) {
            return;
        }
        if (p.attempt >= config.maxDeliveryAttempts()) {
            Subscription s = p.event.subscription();
            LOG.warn("event {} of subscription {} was not acknowledged after {} deliveries: channel set {} is "
                    + "non-responsive", eventId, s.subscriptionId, p.attempt, s.channelSetId);
            dropPendingOfSet(s.owner, s.channelSetId);
            channels.terminateSet(s.owner, s.channelSetId, "NonResponsiveChannel");
            return;
        }
        deliver(p.event, p.attempt + 1, p.channel);
    }

    private void dropPendingOfSet(String owner, String channelSetId) {
        List<String> gone = new ArrayList<>();
        pending.forEach((id, p) -> {
            Subscription s = p.event.subscription();
            if (s.owner.equals(owner) && s.channelSetId.equals(channelSetId)) {
                p.timer.cancel();
                gone.add(id);
            }
        });
        gone.forEach(pending::remove);
    }

    /** Picks an open channel of the subscription's set, avoiding the previous one when another exists. */
    private EventChannel choose(Subscription subscription, EventChannel previous) {
        List<EventChannel> candidates = new ArrayList<>(channels.liveChannels(subscription.owner,
                subscription.channelSetId));
        if (candidates.size() > 1 && previous != null) {
            candidates.remove(previous);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int best = candidates.stream().mapToInt(c -> c.priority).min().getAsInt();
        candidates.removeIf(c -> c.priority != best);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        long total = candidates.stream().mapToLong(c -> c.weight).sum();
        long pick = (long) (ids.nextInt(Integer.MAX_VALUE) / (double) Integer.MAX_VALUE * total);
        for (EventChannel c : candidates) {
            pick -= c.weight;
            if (pick < 0) {
                return c;
            }
        }
        return candidates.get(candidates.size() - 1);
    }
}
