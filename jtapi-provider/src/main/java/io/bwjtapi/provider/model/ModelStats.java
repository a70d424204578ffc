package io.bwjtapi.provider.model;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of the facts the model dropped, for tests and diagnostics. */
public final class ModelStats {
    private final AtomicLong droppedFacts = new AtomicLong();
    private final AtomicLong illegalTransitions = new AtomicLong();

    /** Counts a fact about something unknown, or a malformed one. */
    public void droppedFact() {
        droppedFacts.incrementAndGet();
    }

    /** Counts a state change the transition tables do not allow. */
    public void illegalTransition() {
        illegalTransitions.incrementAndGet();
    }

    /** @return facts dropped because they concerned something unknown or were malformed */
    public long droppedFacts() {
        return droppedFacts.get();
    }

    /** @return state changes dropped because the transition tables do not allow them */
    public long illegalTransitions() {
        return illegalTransitions.get();
    }
}
