package io.bwjtapi.simulator.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Fault rules with a number of uses each, consumed in the order they were added. Not thread-safe. */
final class FaultRules {
    private static final class Rule {
        final Fault fault;
        int remaining;

        Rule(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Adds a rule usable {@code count} times ({@link Fault#UNLIMITED}: until cleared). */
    void add(Fault fault, int count) {
        if (count > 0) {
            rules.add(new Rule(fault, count));
        }
    }

    void clear() {
        rules.clear();
    }

    /** Uses up one use of the first rule of the type that applies, and returns its fault; {@code null} if none. */
    <F extends Fault> F take(Class<F> type, Predicate<F> applies) {
        for (Rule rule : rules) {
            if (type.isInstance(rule.fault) && applies.test(type.cast(rule.fault))) {
                if (rule.remaining != Fault.UNLIMITED && --rule.remaining == 0) {
                    rules.remove(rule);
                }
                return type.cast(rule.fault);
            }
        }
        return null;
    }
}
