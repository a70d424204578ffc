package io.bwjtapi.tck.property;

import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.model.ApplicationView;
import io.bwjtapi.tck.model.ApplicationView.ViewCall;
import io.bwjtapi.tck.model.ApplicationView.ViewConnection;
import io.bwjtapi.tck.model.ApplicationView.ViewTerminalConnection;
import io.bwjtapi.tck.model.EventKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.Event;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.events.Ev;

/**
 * Adding an observer or listener to a call in progress yields the minimal snapshot that explains the call's
 * present state. Observer: the first batch, every event {@code META_SNAPSHOT} with {@code CAUSE_SNAPSHOT}, the
 * first {@code isNewMetaEvent()}. Listener: {@code singleCallMetaSnapshotStarted}, the events with
 * {@code CAUSE_SNAPSHOT}, {@code singleCallMetaSnapshotEnded}. Both: for each live object and machine one
 * event reporting the object's present state (a connection or terminal connection may be announced by its
 * creation event first, the change "from nothing"), nothing about objects that are gone, no intermediate
 * states, and a view rebuilt from the snapshot alone equal to the present state.
 */
public final class SnapshotCheck {
    private SnapshotCheck() {
    }

    /**
     * Checks the snapshot a fresh observer received.
     *
     * @param events everything the fresh observer recorded
     * @param present the call's state read from its objects
     * @param callControl whether call control states are compared
     */
    public static List<Violation> observer(List<RecordedEvent> events, ViewCall present, boolean callControl) {
        List<Violation> out = new ArrayList<>();
        if (events.isEmpty()) {
            out.add(new Violation("snapshot", "a fresh observer of " + present.call() + " received no snapshot"));
            return out;
        }
        int firstBatch = events.get(0).batch();
        List<RecordedEvent> batch = events.stream().filter(e -> e.batch() == firstBatch).toList();
        if (!batch.get(0).facts().newMeta()) {
            out.add(fail(batch.get(0), "starts the snapshot without isNewMetaEvent()"));
        }
        for (RecordedEvent e : batch) {
            if (e.facts().metaCode() != Ev.META_SNAPSHOT || e.facts().cause() != Ev.CAUSE_SNAPSHOT) {
                out.add(fail(e, "is in the first batch but not META_SNAPSHOT with CAUSE_SNAPSHOT"));
            }
        }
        out.addAll(minimalAndExplaining(batch, present, callControl));
        return out;
    }

    /** Checks the snapshot a fresh listener received. */
    public static List<Violation> listener(List<RecordedEvent> events, ViewCall present, boolean callControl) {
        List<Violation> out = new ArrayList<>();
        int start = indexOf(events, SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED);
        int end = indexOf(events, SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED);
        if (start != 0 || end < 0) {
            out.add(new Violation("snapshot", "a fresh listener of " + present.call()
                    + " did not receive a snapshot bracketed by SINGLECALL_META_SNAPSHOT_STARTED/ENDED first; got "
                    + events.stream().map(e -> "#" + e.seq() + " " + e.kind()).toList()));
            return out;
        }
        List<RecordedEvent> inside = events.subList(start + 1, end);
        for (RecordedEvent e : inside) {
            if (e.facts().cause() != Event.CAUSE_SNAPSHOT) {
                out.add(fail(e, "is inside the snapshot bracket without CAUSE_SNAPSHOT"));
            }
        }
        out.addAll(minimalAndExplaining(inside, present, callControl));
        return out;
    }

    private static List<Violation> minimalAndExplaining(List<RecordedEvent> snapshot, ViewCall present,
            boolean callControl) {
        List<Violation> out = new ArrayList<>();
        Map<String, Integer> presentStates = states(present);
        Map<String, RecordedEvent> reported = new HashMap<>();
        for (RecordedEvent e : snapshot) {
            EventKind kind = e.kind();
            if (!kind.isStateChange() || kind.isCallControl() && !callControl) {
                continue;
            }
            String key = e.facts().subject() + " " + kind.machine();
            boolean creation = isCreation(kind);
            RecordedEvent earlier = reported.put(key + (creation ? " created" : ""), e);
            Integer now = presentStates.get(key);
            if (earlier != null) {
                out.add(fail(e, "reports " + key + " again after #" + earlier.seq() + ": a snapshot is no history"));
            } else if (now == null) {
                out.add(fail(e, "is about " + e.facts().subject() + ", which is not part of the call now"));
            } else if (creation && reported.containsKey(key)) {
                out.add(fail(e, "announces the creation of " + e.facts().subject() + " after reporting its state"));
            } else if (!creation && now != kind.state()) {
                out.add(fail(e, "reports " + kind.machine().table().nameOf(kind.state()) + " but " + key + " is "
                        + kind.machine().table().nameOf(now)));
            }
        }
        ViewCall rebuilt = ApplicationView.of(snapshot).calls().stream().findFirst().orElse(null);
        ViewCall expected = normalise(present, callControl);
        if (rebuilt == null || !normalise(rebuilt, callControl).equals(expected)) {
            out.add(new Violation("snapshot", "the snapshot explains " + rebuilt + " but the call is " + expected));
        }
        return out;
    }

    /** ConnCreatedEv, TermConnCreatedEv and their listener events: the object's appearance in its initial state. */
    private static boolean isCreation(EventKind kind) {
        return kind.subject() != EventKind.Subject.CALL && kind.machine().core() == null
                && kind.state() == kind.machine().initialState();
    }

    private static Map<String, Integer> states(ViewCall call) {
        Map<String, Integer> out = new HashMap<>();
        out.put(call.call() + " CALL", call.state());
        for (ViewConnection c : call.connections().values()) {
            out.put(c.connection() + " CONNECTION", c.state());
            out.put(c.connection() + " CALL_CONTROL_CONNECTION", c.callControlState());
            for (ViewTerminalConnection t : c.terminalConnections().values()) {
                out.put(t.terminalConnection() + " TERMINAL_CONNECTION", t.state());
                out.put(t.terminalConnection() + " CALL_CONTROL_TERMINAL_CONNECTION", t.callControlState());
            }
        }
        return out;
    }

    /** The call with call control states cleared when they are not compared. */
    static ViewCall normalise(ViewCall call, boolean callControl) {
        Map<String, ViewConnection> connections = new LinkedHashMap<>();
        call.connections().forEach((id, c) -> {
            Map<String, ViewTerminalConnection> tcs = new LinkedHashMap<>();
            c.terminalConnections().forEach((tid, t) -> tcs.put(tid, new ViewTerminalConnection(tid, t.terminal(),
                    t.state(), callControl ? t.callControlState() : -1)));
            connections.put(id, new ViewConnection(id, c.address(), c.state(), callControl ? c.callControlState() : -1,
                    tcs));
        });
        return new ViewCall(call.call(), call.state(), connections);
    }

    private static int indexOf(List<RecordedEvent> events, int metaId) {
        for (int i = 0; i < events.size(); i++) {
            EventKind kind = events.get(i).kind();
            if (kind.subject() == EventKind.Subject.META && kind.id() == metaId) {
                return i;
            }
        }
        return -1;
    }

    private static Violation fail(RecordedEvent e, String what) {
        return new Violation("snapshot", "#" + e.seq() + " " + e.kind() + " " + what);
    }
}
