package io.bwjtapi.tck.property;

import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.model.SnapshotTracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * No application receives an event twice: neither the same event object again, nor a second report of the
 * state an object is already known to be in (outside a snapshot, which restates the present on purpose).
 */
public final class DuplicateCheck {
    private DuplicateCheck() {
    }

    /** Checks one application's recording. */
    public static List<Violation> check(List<RecordedEvent> events) {
        List<Violation> out = new ArrayList<>();
        Map<Object, RecordedEvent> seen = new IdentityHashMap<>();
        Map<String, RecordedEvent> lastReport = new HashMap<>();
        SnapshotTracker snapshots = new SnapshotTracker();
        for (RecordedEvent e : events) {
            RecordedEvent earlier = seen.put(e.event(), e);
            if (earlier != null && earlier.callback().equals(e.callback())) {
                out.add(new Violation("duplicate", "#" + e.seq() + " " + e.kind() + " is the same event object as #"
                        + earlier.seq()));
            }
            if (snapshots.startsSnapshot(e)) {
                String prefix = e.call() + "/";
                lastReport.keySet().removeIf(k -> k.startsWith(prefix));
            }
            if (!e.kind().isStateChange()) {
                continue;
            }
            String key = e.call() + "/" + e.facts().subject() + "/" + e.kind().machine();
            RecordedEvent previous = lastReport.put(key, e);
            if (previous != null && previous.kind().state() == e.kind().state()) {
                out.add(new Violation("duplicate", "#" + e.seq() + " " + e.kind() + " reports "
                        + e.facts().subject() + " in the state #" + previous.seq() + " already reported"));
            }
        }
        return out;
    }
}
