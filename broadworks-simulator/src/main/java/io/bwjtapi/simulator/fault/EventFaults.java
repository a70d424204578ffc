package io.bwjtapi.simulator.fault;

import io.bwjtapi.simulator.engine.Scheduler;
import io.bwjtapi.simulator.events.OutgoingEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the event faults (drop, delay, reorder, duplicate) between the subscriptions and the channels. Rules
 * are consumed in the order they were added. Used only on the switch thread.
 */
public final class EventFaults {
    /** How long a reordered event waits for a successor before it is sent anyway. */
    public static final Duration REORDER_WINDOW = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(EventFaults.class);

    private final Scheduler scheduler;
    private final Consumer<OutgoingEvent> next;
    private final FaultRules rules = new FaultRules();
    private final Map<EventScope, OutgoingEvent> held = new HashMap<>();

    /** Applies the rules in front of {@code next}, using the scheduler for delays. */
    public EventFaults(Scheduler scheduler, Consumer<OutgoingEvent> next) {
        this.scheduler = scheduler;
        this.next = next;
    }

    /** Adds an event fault (DropEvents, DuplicateEvents, ReorderEvents or DelayEvents). */
    public void add(Fault fault) {
        if (fault instanceof Fault.DropEvents f) {
            rules.add(f, f.count());
        } else if (fault instanceof Fault.DuplicateEvents f) {
            rules.add(f, f.count());
        } else if (fault instanceof Fault.ReorderEvents f) {
            rules.add(f, f.count());
        } else if (fault instanceof Fault.DelayEvents f) {
            rules.add(f, f.count());
        } else {
            throw new IllegalArgumentException("not an event fault: " + fault);
        }
    }

    /** Removes every rule and sends held-back events. */
    public void clear() {
        rules.clear();
        List<OutgoingEvent> waiting = new ArrayList<>(held.values());
        held.clear();
        waiting.forEach(next);
    }

    /** Passes an event through the rules. */
    public void process(OutgoingEvent event) {
        String id = event.subscription().subscriptionId();
        if (rules.take(Fault.DropEvents.class, f -> f.scope().includes(id)) != null) {
            LOG.debug("fault: dropping event {} of {}", event.eventId(), event.subscription().subscriptionId());
            return;
        }
        Fault.DelayEvents delay = rules.take(Fault.DelayEvents.class, f -> f.scope().includes(id));
        if (delay != null) {
            scheduler.schedule(delay.delay(), () -> reorderThenSend(event));
            return;
        }
        reorderThenSend(event);
    }

    private void reorderThenSend(OutgoingEvent event) {
        for (Map.Entry<EventScope, OutgoingEvent> waiting : held.entrySet()) {
            if (waiting.getKey().includes(event.subscription().subscriptionId())) {
                held.remove(waiting.getKey());
                duplicateThenSend(event);
                duplicateThenSend(waiting.getValue());
                return;
            }
        }
        String id = event.subscription().subscriptionId();
        Fault.ReorderEvents reorder = rules.take(Fault.ReorderEvents.class, f -> f.scope().includes(id));
        if (reorder != null) {
            held.put(reorder.scope(), event);
            scheduler.schedule(REORDER_WINDOW, () -> {
                if (held.remove(reorder.scope(), event)) {
                    duplicateThenSend(event);
                }
            });
            return;
        }
        duplicateThenSend(event);
    }

    private void duplicateThenSend(OutgoingEvent event) {
        next.accept(event);
        String id = event.subscription().subscriptionId();
        if (rules.take(Fault.DuplicateEvents.class, f -> f.scope().includes(id)) != null) {
            next.accept(event);
        }
    }
}
