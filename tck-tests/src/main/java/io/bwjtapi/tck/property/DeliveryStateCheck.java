package io.bwjtapi.tck.property;

import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.model.EventKind;
import io.bwjtapi.tck.model.TransitionTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The state an event reports agrees with its object's state at delivery, within the observer model's batch
 * semantics: an event describes a change that has already happened, so the object may already be further
 * on, but never somewhere no event explains. The state read during delivery must equal the reported one,
 * or equal a state a later event of the same object reports, or (when the application's observation of the
 * call ends later) be reachable from the reported state without passing through {@code UNKNOWN}.
 */
public final class DeliveryStateCheck {
    private DeliveryStateCheck() {
    }

    /** Checks one application's recording. */
    public static List<Violation> check(List<RecordedEvent> events) {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent e = events.get(i);
            EventKind kind = e.kind();
            int now = e.facts().stateAtDelivery();
            if (!kind.isStateChange() || now == EventKind.NO_STATE || now == kind.state()) {
                continue;
            }
            List<RecordedEvent> later = events.subList(i + 1, events.size());
            if (laterReports(e, later, now)) {
                continue;
            }
            TransitionTable table = kind.machine().table();
            if (observationEndsLater(e, later) && table.reachableWhileKnown(kind.state(), now)) {
                continue;
            }
            out.add(new Violation("delivery-state", "#" + e.seq() + " " + kind + " reports "
                    + table.nameOf(kind.state()) + " but " + e.facts().subject() + " was " + table.nameOf(now)
                    + " while it was delivered, and no later event reports that state"));
        }
        return out;
    }

    private static boolean laterReports(RecordedEvent e, List<RecordedEvent> later, int state) {
        return later.stream().anyMatch(l -> l.kind().machine() == e.kind().machine()
                && l.kind().state() == state && l.facts().subject().equals(e.facts().subject()));
    }

    private static boolean observationEndsLater(RecordedEvent e, List<RecordedEvent> later) {
        return e.call() != null && later.stream().anyMatch(l -> l.kind().endsCallObservation()
                && e.call().equals(l.call()));
    }
}
