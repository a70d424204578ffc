package io.bwjtapi.csta.translate;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** How many Xsi events each {@link Outcome} had, and how many snapshots and unsynchronised parties. */
public final class TranslationStats {
    private final Map<Outcome, Long> outcomes;
    private final long snapshots;
    private final long unsynchronisedParties;

    private TranslationStats(Map<Outcome, Long> outcomes, long snapshots, long unsynchronisedParties) {
        this.outcomes = outcomes;
        this.snapshots = snapshots;
        this.unsynchronisedParties = unsynchronisedParties;
    }

    /**
     * Returns a count.
     *
     * @param outcome an outcome
     * @return how many events had it
     */
    public long count(Outcome outcome) {
        return outcomes.get(outcome);
    }

    /** @return how many events were dropped (duplicate, stale, about an unknown call, or rejected) */
    public long dropped() {
        return count(Outcome.DUPLICATE) + count(Outcome.STALE) + count(Outcome.UNKNOWN_CALL)
                + count(Outcome.REJECTED);
    }

    /** @return how many snapshots were reconciled */
    public long snapshots() {
        return snapshots;
    }

    /** @return how many unsynchronised parties snapshots removed */
    public long unsynchronisedParties() {
        return unsynchronisedParties;
    }

    @Override
    public String toString() {
        return "TranslationStats" + outcomes + ", snapshots=" + snapshots + ", unsynchronised=" + unsynchronisedParties;
    }

    /** The live counters; written by the model thread, read from anywhere. */
    static final class Counters {
        private static final int SNAPSHOTS = Outcome.values().length;
        private static final int UNSYNCHRONISED = SNAPSHOTS + 1;
        private final AtomicLongArray counts = new AtomicLongArray(UNSYNCHRONISED + 1);

        void count(Translation t) {
            counts.incrementAndGet(t.outcome().ordinal());
            if (t.isSnapshot()) {
                counts.incrementAndGet(SNAPSHOTS);
                counts.addAndGet(UNSYNCHRONISED, t.unsynchronised().size());
            }
        }

        TranslationStats snapshot() {
            Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                outcomes.put(o, counts.get(o.ordinal()));
            }
            return new TranslationStats(outcomes, counts.get(SNAPSHOTS), counts.get(UNSYNCHRONISED));
        }
    }
}
