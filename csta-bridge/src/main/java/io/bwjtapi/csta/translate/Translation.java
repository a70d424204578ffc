package io.bwjtapi.csta.translate;

import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.sync.UnsynchronisedParty;
import java.util.List;
import java.util.Objects;

/** The result of applying one Xsi event: its outcome, the CSTA events and, for a snapshot, who was removed. */
public final class Translation {
    private final Outcome outcome;
    private final List<CstaEvent> events;
    private final List<UnsynchronisedParty> unsynchronised;
    private final boolean snapshot;

    /** Takes read-only lists that nothing changes any more. */
    Translation(Outcome outcome, List<CstaEvent> events, List<UnsynchronisedParty> unsynchronised, boolean snapshot) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.events = events;
        this.unsynchronised = unsynchronised;
        this.snapshot = snapshot;
    }

    static Translation of(Outcome outcome) {
        return new Translation(outcome, List.of(), List.of(), false);
    }

    /** @return what became of the event */
    public Outcome outcome() {
        return outcome;
    }

    /** @return the CSTA events, in order */
    public List<CstaEvent> events() {
        return events;
    }

    /** @return the halves a snapshot removed because BroadWorks no longer knows them */
    public List<UnsynchronisedParty> unsynchronised() {
        return unsynchronised;
    }

    /** @return whether the event was a call snapshot (its events carry cause SNAPSHOT or a removal cause) */
    public boolean isSnapshot() {
        return snapshot;
    }

    @Override
    public String toString() {
        return "Translation[" + outcome + ", " + events + (unsynchronised.isEmpty() ? "" : ", " + unsynchronised)
                + "]";
    }
}
