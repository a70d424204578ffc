package io.bwjtapi.csta.sync;

import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.ModelChange;
import java.util.List;
import java.util.Objects;

/**
 * What reconciling one device against its snapshot gives: the change to apply to the model, the CSTA events
 * it implies (in order), and the parties removed because BroadWorks no longer knows them.
 */
public final class ReconcileResult {
    private final ModelChange change;
    private final List<CstaEvent> events;
    private final List<UnsynchronisedParty> unsynchronised;

    ReconcileResult(ModelChange change, List<CstaEvent> events, List<UnsynchronisedParty> unsynchronised) {
        this.change = Objects.requireNonNull(change, "change");
        this.events = List.copyOf(events);
        this.unsynchronised = List.copyOf(unsynchronised);
    }

    /** @return the change to apply to the model the reconciliation read */
    public ModelChange change() {
        return change;
    }

    /** @return the events, in order; empty when the model already agreed with the snapshot */
    public List<CstaEvent> events() {
        return events;
    }

    /** @return the halves removed because the snapshot did not contain them */
    public List<UnsynchronisedParty> unsynchronised() {
        return unsynchronised;
    }

    /** @return whether the device's view agreed with the snapshot (no events, nobody removed) */
    public boolean inSync() {
        return events.isEmpty() && unsynchronised.isEmpty();
    }

    /**
     * Applies the change.
     *
     * @param model the model the reconciliation read, unchanged since
     */
    public void applyTo(CallModel model) {
        change.applyTo(model);
    }

    @Override
    public String toString() {
        return "ReconcileResult[" + events.size() + " events, unsynchronised=" + unsynchronised + "]";
    }
}
