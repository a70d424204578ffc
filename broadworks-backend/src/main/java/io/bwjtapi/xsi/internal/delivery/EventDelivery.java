package io.bwjtapi.xsi.internal.delivery;

import io.bwjtapi.xsi.XsiEventConsumer;
import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.event.AgentSubscriptionEvent;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.event.SubscriptionTerminatedEvent;
import io.bwjtapi.xsi.internal.Counters;
import io.bwjtapi.xsi.internal.EventSink;
import io.bwjtapi.xsi.internal.Facts;
import io.bwjtapi.xsi.subscription.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers subscription events to the one consumer on a dedicated thread: drops duplicates by eventID,
 * holds events of a not-yet-known subscription briefly (its POST answer may trail its first event), puts
 * each subscription's events in sequence order, and reports snapshots, gaps and duplicates as facts.
 */
public final class EventDelivery implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);
    private static final int MAX_HELD_PER_SUBSCRIPTION = 1024;
    private static final int MAX_UNKNOWN_HELD = 10_000;
    private static final int BACKLOG_WARNING = 10_000;
    private static final long BACKLOG_WARNING_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ScheduledExecutorService thread;
    private final Facts facts;
    private final Counters counters;
    private final SubscriptionDirectory directory;
    private final long windowNanos;
    private final long graceMillis;
    private final RecentEventIds recent;
    private final Map<String, SequenceTracker> trackers = new HashMap<>();
    private final Map<String, List<SubscriptionEvent>> unknown = new HashMap<>();
    private final AtomicInteger backlog = new AtomicInteger();
    private int unknownHeld;
    private long lastBacklogWarning;
    private volatile XsiEventConsumer consumer = (user, event) -> { };

    /**
     * Creates the delivery and its thread.
     *
     * @param facts the lifecycle listeners
     * @param counters the counters
     * @param directory the subscription manager
     * @param reorderWindow how long early events wait for a gap to fill
     * @param unknownGrace how long events of an unknown subscription wait for it to become known
     * @param dedupeCapacity how many eventIDs are remembered
     */
    public EventDelivery(Facts facts, Counters counters, SubscriptionDirectory directory, Duration reorderWindow,
            Duration unknownGrace, int dedupeCapacity) {
        this.facts = facts;
        this.counters = counters;
        this.directory = directory;
        this.windowNanos = reorderWindow.toNanos();
        this.graceMillis = unknownGrace.toMillis();
        this.recent = new RecentEventIds(dedupeCapacity);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bwjtapi-xsi-delivery");
            t.setDaemon(true);
            return t;
        });
    }

    /** @param value the consumer of events from now on */
    public void consumer(XsiEventConsumer value) {
        consumer = value;
    }

    /** @return events accepted but not yet processed */
    public int backlog() {
        return backlog.get();
    }

    @Override
    public void accept(SubscriptionEvent event, EventChannel channel) {
        int waiting = backlog.incrementAndGet();
        if (waiting > BACKLOG_WARNING) {
            warnBacklog(waiting);
        }
        run(() -> {
            backlog.decrementAndGet();
            receive(event);
        });
    }

    /**
     * Tells delivery that a subscription became known: its held events are released in arrival order.
     *
     * @param subscriptionId the subscription
     */
    public void known(String subscriptionId) {
        run(() -> {
            List<SubscriptionEvent> waiting = unknown.remove(subscriptionId);
            if (waiting != null) {
                unknownHeld -= waiting.size();
                Subscription s = directory.find(subscriptionId);
                if (s == null) {
                    dropUnknown(subscriptionId, waiting);
                } else {
                    waiting.forEach(e -> sequence(s, e));
                }
            }
        });
    }

    /**
     * Forgets a subscription's sequence state (after unsubscribe or re-creation).
     *
     * @param subscriptionId the subscription
     */
    public void forget(String subscriptionId) {
        run(() -> trackers.remove(subscriptionId));
    }

    /** Stops the delivery thread; events not yet delivered are dropped. */
    public void close() {
        thread.shutdownNow();
    }

    private void receive(SubscriptionEvent event) {
        if (!recent.add(event.eventId())) {
            duplicate(event);
            return;
        }
        Subscription s = directory.find(event.subscriptionId());
        if (s == null) {
            holdUnknown(event);
        } else {
            sequence(s, event);
        }
    }

    private void sequence(Subscription s, SubscriptionEvent event) {
        SequenceTracker tracker = trackers.computeIfAbsent(s.subscriptionId(),
                id -> new SequenceTracker(windowNanos, MAX_HELD_PER_SUBSCRIPTION));
        boolean snapshot = event.data() instanceof CallSubscriptionEvent || event.data() instanceof AgentSubscriptionEvent;
        long before = tracker.deadline();
        tracker.offer(event, snapshot, System.nanoTime(), output(s));
        long deadline = tracker.deadline();
        if (deadline >= 0 && deadline != before) {
            thread.schedule(() -> tracker.expire(System.nanoTime(), output(s)),
                    Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private SequenceTracker.Output output(Subscription s) {
        return new SequenceTracker.Output() {
            @Override
            public void deliver(SubscriptionEvent event) {
                EventDelivery.this.deliver(s, event);
            }

            @Override
            public void gap(int expected, int received) {
                counters.gaps.increment();
                LOG.warn("Sequence gap on subscription {} of {}: expected {}, received {}", s.subscriptionId(),
                        s.userId(), expected, received);
                facts.fire(l -> l.sequenceGap(s.userId(), s.subscriptionId(), expected, received));
            }

            @Override
            public void duplicate(SubscriptionEvent event) {
                EventDelivery.this.duplicate(event);
            }
        };
    }

    private void deliver(Subscription s, SubscriptionEvent event) {
        if (event.data() instanceof CallSubscriptionEvent) {
            boolean resync = ((CallSubscriptionEvent) event.data()).isResync();
            facts.fire(l -> l.snapshotReceived(s.userId(), s.subscriptionId(), resync));
        }
        try {
            consumer.onEvent(s.userId(), event);
            counters.delivered.increment();
        } catch (RuntimeException e) {
            counters.consumerErrors.increment();
            LOG.error("Event consumer threw on {}; delivery goes on", event, e);
        }
        if (event.data() instanceof SubscriptionTerminatedEvent) {
            trackers.remove(s.subscriptionId());
            directory.terminated(s);
        }
    }

    private void duplicate(SubscriptionEvent event) {
        counters.duplicates.increment();
        LOG.debug("Dropped duplicate {} #{} of subscription {}", event.eventId(), event.sequenceNumber(),
                event.subscriptionId());
        facts.fire(l -> l.duplicateDropped(event.subscriptionId(), event.sequenceNumber(), event.eventId()));
    }

    private void holdUnknown(SubscriptionEvent event) {
        if (unknownHeld >= MAX_UNKNOWN_HELD) {
            dropUnknown(event.subscriptionId(), List.of(event));
            return;
        }
        List<SubscriptionEvent> waiting = unknown.get(event.subscriptionId());
        if (waiting == null) {
            waiting = new ArrayList<>(2);
            unknown.put(event.subscriptionId(), waiting);
            String id = event.subscriptionId();
            thread.schedule(() -> {
                List<SubscriptionEvent> expired = unknown.remove(id);
                if (expired != null) {
                    unknownHeld -= expired.size();
                    dropUnknown(id, expired);
                }
            }, graceMillis, TimeUnit.MILLISECONDS);
        }
        waiting.add(event);
        unknownHeld++;
    }

    private void dropUnknown(String subscriptionId, List<SubscriptionEvent> events) {
        counters.unknownSubscriptionEvents.add(events.size());
        LOG.info("Dropped {} event(s) of subscription {}, which is not one of this client's", events.size(),
                subscriptionId);
        facts.fire(l -> l.unknownSubscription(subscriptionId));
        directory.unknown(subscriptionId);
    }

    private void warnBacklog(int waiting) {
        long now = System.nanoTime();
        if (now - lastBacklogWarning > BACKLOG_WARNING_INTERVAL_NANOS) {
            lastBacklogWarning = now;
            LOG.warn("{} events are waiting for the event consumer; it is slower than the event rate", waiting);
        }
    }

    private void run(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closed) {
            LOG.debug("Delivery is closed; dropped a task");
        }
    }
}
