package io.bwjtapi.tck.property;

import io.bwjtapi.tck.fixture.EventRecorder;
import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.model.EventKind;
import io.bwjtapi.tck.model.SnapshotTracker;
import io.bwjtapi.tck.model.StateMachine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;

/**
 * The events of each call reach the application in an order the specification allows: nothing after a
 * call's observation ended but a new snapshot; nothing but the end of observation (and listener meta events)
 * after the call became invalid; nothing about a disconnected connection or a dropped terminal connection but
 * the final state itself, once per machine (core and call control); observer meta groups start with
 * {@code isNewMetaEvent()}; no event delivered from inside the application's own call into the implementation;
 * no overlapping deliveries.
 */
public final class OrderingCheck {
    private OrderingCheck() {
    }

    /** Checks one application's recording, including the problems its recorder noticed. */
    public static List<Violation> check(EventRecorder recorder) {
        List<Violation> out = check(recorder.events());
        recorder.problems().forEach(p -> out.add(new Violation("delivery", p)));
        return out;
    }

    /** Checks one application's recording. */
    public static List<Violation> check(List<RecordedEvent> events) {
        List<Violation> out = new ArrayList<>();
        Set<String> ended = new HashSet<>();
        Set<String> invalid = new HashSet<>();
        Map<String, Set<StateMachine>> gone = new HashMap<>();
        RecordedEvent previousCallBatchEvent = null;
        SnapshotTracker snapshots = new SnapshotTracker();
        for (RecordedEvent e : events) {
            if (e.insideApplicationCall() != null) {
                out.add(violation(e, "was delivered inside the application's call " + e.insideApplicationCall()));
            }
            String call = e.call();
            if (call == null) {
                continue;
            }
            if (snapshots.startsSnapshot(e)) {
                ended.remove(call);
                invalid.remove(call);
            }
            if (e.isObserverEvent() && "callChangedEvent".equals(e.callback())) {
                metaGroup(e, previousCallBatchEvent, out);
                previousCallBatchEvent = e;
            }
            String tc = e.facts().terminalConnection();
            String connection = e.facts().connection();
            if (ended.contains(call) && !e.isSnapshot()) {
                out.add(violation(e, "arrived after the observation of " + call + " ended"));
            } else if (invalid.contains(call) && !e.kind().endsCallObservation()
                    && e.kind().subject() != EventKind.Subject.META) {
                out.add(violation(e, "arrived after " + call + " became INVALID"));
            } else if (tc != null && gone.containsKey(tc) && !firstFinalReport(e, tc, gone)) {
                out.add(violation(e, "arrived after " + tc + " was dropped"));
            } else if (connection != null && gone.containsKey(connection)
                    && !firstFinalReport(e, tc != null ? tc : connection, gone)) {
                out.add(violation(e, "arrived after " + connection + " was disconnected"));
            }
            track(e, ended, invalid, gone);
        }
        return out;
    }

    private static void track(RecordedEvent e, Set<String> ended, Set<String> invalid,
            Map<String, Set<StateMachine>> gone) {
        EventKind kind = e.kind();
        if (kind.endsCallObservation()) {
            ended.add(e.call());
        } else if (kind.isStateChange()) {
            int core = kind.machine().core() == null ? kind.state() : kind.machine().coreStateOf(kind.state());
            boolean call = kind.subject() == EventKind.Subject.CALL;
            if (call && core == Call.INVALID) {
                invalid.add(e.call());
            } else if (!call && (core == Connection.DISCONNECTED || core == TerminalConnection.DROPPED)
                    && !e.isSnapshot()) {
                gone.computeIfAbsent(e.facts().subject(), k -> new HashSet<>()).add(kind.machine());
            }
        }
    }

    /**
     * After an object (or its connection) left the call, the only news allowed about it is its own final state,
     * once per machine: the core and the call control event of the same change, a terminal connection dropping
     * after its connection.
     */
    private static boolean firstFinalReport(RecordedEvent e, String subject, Map<String, Set<StateMachine>> gone) {
        if (!e.kind().isStateChange()) {
            return false;
        }
        int core = e.kind().machine().coreStateOf(e.kind().state());
        boolean last = core == Connection.DISCONNECTED || core == TerminalConnection.DROPPED;
        return last && !gone.getOrDefault(subject, Set.of()).contains(e.kind().machine());
    }

    /** Consecutive observer events with a different meta code start a new group, flagged as such. */
    private static void metaGroup(RecordedEvent e, RecordedEvent previous, List<Violation> out) {
        boolean changed = previous == null || previous.facts().metaCode() != e.facts().metaCode();
        if (changed && !e.facts().newMeta()) {
            out.add(violation(e, "starts a meta group (meta code changed) without isNewMetaEvent()"));
        }
    }

    private static Violation violation(RecordedEvent e, String what) {
        return new Violation("ordering", "#" + e.seq() + " " + e.kind() + " of " + e.facts().subject() + " " + what);
    }
}
