package io.bwjtapi.tck.property;

import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.model.EventKind;
import io.bwjtapi.tck.model.SnapshotTracker;
import io.bwjtapi.tck.model.StateMachine;
import io.bwjtapi.tck.model.TransitionTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every state change an application receives follows the specification's transition table, object by object:
 * the first report of an object must be reachable from the machine's initial state, each later one a legal
 * transition from the previous report. A snapshot restarts the account of its call's objects. Reporting the
 * same state twice is left to {@link DuplicateCheck}.
 */
public final class TransitionCheck {
    private TransitionCheck() {
    }

    /** Checks one application's recording. */
    public static List<Violation> check(List<RecordedEvent> events) {
        List<Violation> out = new ArrayList<>();
        Map<String, Integer> last = new HashMap<>();
        SnapshotTracker snapshots = new SnapshotTracker();
        for (RecordedEvent e : events) {
            if (snapshots.startsSnapshot(e)) {
                String prefix = e.call() + "/";
                last.keySet().removeIf(k -> k.startsWith(prefix));
            }
            EventKind kind = e.kind();
            if (!kind.isStateChange()) {
                continue;
            }
            StateMachine machine = kind.machine();
            TransitionTable table = machine.table();
            String key = e.call() + "/" + e.facts().subject() + "/" + machine;
            Integer previous = last.put(key, kind.state());
            if (previous == null) {
                if (!table.reachable(machine.initialState(), kind.state())) {
                    out.add(new Violation("transition", "#" + e.seq() + " " + kind + ": " + table.name() + " "
                            + e.facts().subject() + " first reported in " + table.nameOf(kind.state())
                            + ", which is not reachable from " + table.nameOf(machine.initialState())));
                }
            } else if (previous != kind.state() && !table.allows(previous, kind.state())) {
                out.add(new Violation("transition", "#" + e.seq() + " " + kind + ": " + table.name() + " "
                        + e.facts().subject() + " moved " + table.nameOf(previous) + " -> "
                        + table.nameOf(kind.state()) + ", which the specification does not allow"));
            }
        }
        return out;
    }
}
