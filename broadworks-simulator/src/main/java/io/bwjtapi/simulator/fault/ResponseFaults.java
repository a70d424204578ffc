package io.bwjtapi.simulator.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The request faults: a forced status for matching requests, or a late answer. Thread-safe. */
public final class ResponseFaults {
    private static final class Rule {
        final Fault fault;
        final RequestMatcher matcher;
        int remaining;

        Rule(Fault fault, RequestMatcher matcher, int remaining) {
            this.fault = fault;
            this.matcher = matcher;
            this.remaining = remaining;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    public synchronized void add(Fault fault) {
        if (fault instanceof Fault.RespondStatus f) {
            rules.add(new Rule(f, f.matcher(), f.count()));
        } else if (fault instanceof Fault.DelayResponses f) {
            rules.add(new Rule(f, f.matcher(), f.count()));
        } else {
            throw new IllegalArgumentException("not a request fault: " + fault);
        }
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** Consumes and returns the status to force on this request, if a RespondStatus rule matches. */
    public synchronized Optional<Integer> forcedStatus(String method, String path) {
        return Optional.ofNullable(take(Fault.RespondStatus.class, method, path))
                .map(r -> ((Fault.RespondStatus) r.fault).status());
    }

    /** Consumes and returns the delay to apply to this request's answer, if a DelayResponses rule matches. */
    public synchronized Duration responseDelay(String method, String path) {
        Rule rule = take(Fault.DelayResponses.class, method, path);
        return rule == null ? Duration.ZERO : ((Fault.DelayResponses) rule.fault).delay();
    }

    private Rule take(Class<? extends Fault> type, String method, String path) {
        for (Rule rule : rules) {
            if (type.isInstance(rule.fault) && rule.remaining > 0 && rule.matcher.matches(method, path)) {
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
