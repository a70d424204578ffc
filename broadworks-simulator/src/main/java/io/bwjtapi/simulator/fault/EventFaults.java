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

    private static final class Rule {
        final Fault fault;
        final EventScope scope;
        int remaining;

        Rule(Fault fault, EventScope scope, int remaining) {
            this.fault = fault;
            this.scope = scope;
            this.remaining = remaining;
        }
    }

    private final Scheduler scheduler;
    private final Consumer<OutgoingEvent> next;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<EventScope, OutgoingEvent> held = new HashMap<>();

    public EventFaults(Scheduler scheduler, Consumer<OutgoingEvent> next) {
        this.scheduler = scheduler;
        this.next = next;
    }

    /** Adds an event fault (DropEvents, DuplicateEvents, ReorderEvents or DelayEvents). */
    public void add(Fault fault) {
        if (fault instanceof Fault.DropEvents f) {
            rules.add(new Rule(f, f.scope(), f.count()));
        } else if (fault instanceof Fault.DuplicateEvents f) {
            rules.add(new Rule(f, f.scope(), f.count()));
        } else if (fault instanceof Fault.ReorderEvents f) {
            rules.add(new Rule(f, f.scope(), f.count()));
        } else if (fault instanceof Fault.DelayEvents f) {
            rules.add(new Rule(f, f.scope(), f.count()));
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

    public void process(OutgoingEvent event) {
        if (take(Fault.DropEvents.class, event) != null) {
            LOG.debug("fault: dropping event {} of {}", event.eventId(), event.subscription().subscriptionId());
            return;
        }
        Rule delay = take(Fault.DelayEvents.class, event);
        if (delay != null) {
            scheduler.schedule(((Fault.DelayEvents) delay.fault).delay(), () -> reorderThenSend(event));
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
        Rule reorder = take(Fault.ReorderEvents.class, event);
        if (reorder != null) {
            held.put(reorder.scope, event);
            scheduler.schedule(REORDER_WINDOW, () -> {
                if (held.remove(reorder.scope, event)) {
                    duplicateThenSend(event);
                }
            });
            return;
        }
        duplicateThenSend(event);
    }

    private void duplicateThenSend(OutgoingEvent event) {
        next.accept(event);
        if (take(Fault.DuplicateEvents.class, event) != null) {
            next.accept(event);
        }
    }

    private Rule take(Class<? extends Fault> type, OutgoingEvent event) {
        for (Rule rule : rules) {
            if (type.isInstance(rule.fault) && rule.remaining > 0
                    && rule.scope.includes(event.subscription().subscriptionId())) {
                if (rule.remaining != Fault.UNLIMITED) {
                    rule.remaining--;
                }
                if (rule.remaining == 0) {
                    rules.remove(rule);
                }
                return rule;
            }
        }
        return null;
    }
}
