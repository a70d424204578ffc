package io.bwjtapi.simulator.fault;

import java.time.Duration;
import java.util.Optional;

/** The request faults: a forced status for matching requests, or a late answer. Thread-safe. */
public final class ResponseFaults {
    private final FaultRules rules = new FaultRules();

    /** Adds a RespondStatus or DelayResponses rule. */
    public synchronized void add(Fault fault) {
        if (fault instanceof Fault.RespondStatus f) {
            rules.add(f, f.count());
        } else if (fault instanceof Fault.DelayResponses f) {
            rules.add(f, f.count());
        } else {
            throw new IllegalArgumentException("not a request fault: " + fault);
        }
    }

    /** Removes every rule. */
    public synchronized void clear() {
        rules.clear();
    }

    /** Consumes and returns the status to force on this request, if a RespondStatus rule matches. */
    public synchronized Optional<Integer> forcedStatus(String method, String path) {
        return Optional.ofNullable(rules.take(Fault.RespondStatus.class, f -> f.matcher().matches(method, path)))
                .map(Fault.RespondStatus::status);
    }

    /** Consumes and returns the delay to apply to this request's answer, if a DelayResponses rule matches. */
    public synchronized Duration responseDelay(String method, String path) {
        Fault.DelayResponses rule = rules.take(Fault.DelayResponses.class, f -> f.matcher().matches(method, path));
        return rule == null ? Duration.ZERO : rule.delay();
    }
}
