package io.bwjtapi.tck.model;

import io.bwjtapi.tck.fixture.RecordedEvent;
import java.util.HashSet;
import java.util.Set;
import javax.telephony.SingleCallMetaEvent;

/**
 * Tells, event by event, where a snapshot of a call starts: a listener's
 * {@code SINGLECALL_META_SNAPSHOT_STARTED}, or an observer event with meta code {@code META_SNAPSHOT} that
 * begins a new meta group or follows events that were no snapshot. Feed it every event in delivery order.
 */
public final class SnapshotTracker {
    private final Set<String> inSnapshot = new HashSet<>();

    /** Whether {@code e} starts a fresh snapshot of its call. */
    public boolean startsSnapshot(RecordedEvent e) {
        String call = e.call();
        if (call == null) {
            return false;
        }
        boolean snapshot = e.isSnapshot();
        boolean starts;
        if (e.isObserverEvent()) {
            starts = snapshot && (e.facts().newMeta() || !inSnapshot.contains(call));
        } else {
            starts = e.kind().id() == SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED
                    && e.kind().subject() == EventKind.Subject.META;
        }
        if (snapshot) {
            inSnapshot.add(call);
        } else {
            inSnapshot.remove(call);
        }
        return starts;
    }
}
