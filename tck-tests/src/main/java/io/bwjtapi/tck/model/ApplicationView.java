package io.bwjtapi.tck.model;

import io.bwjtapi.tck.fixture.EventFacts;
import io.bwjtapi.tck.fixture.RecordedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The calls as an application knows them from the events it received and nothing else: what a JTAPI
 * application that keeps its own model would believe. A snapshot replaces what the application knew about
 * the call; an ended observation forgets the call; invalid calls, disconnected connections and dropped
 * terminal connections leave the view.
 */
public final class ApplicationView {
    private final Map<String, ViewCall> calls = new LinkedHashMap<>();
    private final SnapshotTracker snapshots = new SnapshotTracker();

    /** One call, keyed by object id. */
    public record ViewCall(String call, int state, Map<String, ViewConnection> connections) {
    }

    /** One connection: its address, core and call control state, and terminal connections by terminal. */
    public record ViewConnection(String connection, String address, int state, int callControlState,
            Map<String, ViewTerminalConnection> terminalConnections) {
    }

    /** One terminal connection: its terminal, core and call control state. */
    public record ViewTerminalConnection(String terminalConnection, String terminal, int state,
            int callControlState) {
    }

    private ApplicationView() {
    }

    /** Rebuilds the view from one application's events of one model, in delivery order. */
    public static ApplicationView of(List<RecordedEvent> events) {
        ApplicationView view = empty();
        events.forEach(view::apply);
        return view;
    }

    /** A view that knows nothing yet; feed it events with {@link #apply}. */
    public static ApplicationView empty() {
        return new ApplicationView();
    }

    /** The addresses at which the call has connections in this view (empty for an unknown call). */
    public java.util.Set<String> addressesOf(String call) {
        ViewCall c = calls.get(call);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (c != null) {
            c.connections().values().forEach(v -> out.add(v.address()));
        }
        return out;
    }

    /** The calls the application believes alive, in the order it learnt of them. */
    public List<ViewCall> calls() {
        return List.copyOf(calls.values());
    }

    /** Applies the next event. */
    public void apply(RecordedEvent e) {
        EventFacts f = e.facts();
        String call = f.call();
        if (call == null) {
            return;
        }
        if (snapshots.startsSnapshot(e)) {
            calls.remove(call);
        }
        if (f.kind().endsCallObservation()) {
            calls.remove(call);
            return;
        }
        if (!f.kind().isStateChange()) {
            return;
        }
        ViewCall current = calls.computeIfAbsent(call, c -> new ViewCall(c, Call.IDLE, new LinkedHashMap<>()));
        switch (f.kind().machine()) {
            case CALL -> applyCall(current, f.kind().state());
            case CONNECTION, CALL_CONTROL_CONNECTION -> applyConnection(current, f);
            case TERMINAL_CONNECTION, CALL_CONTROL_TERMINAL_CONNECTION -> applyTerminalConnection(current, f);
            default -> {
            }
        }
    }

    private void applyCall(ViewCall current, int state) {
        if (state == Call.INVALID) {
            calls.remove(current.call());
        } else {
            calls.put(current.call(), new ViewCall(current.call(), state, current.connections()));
        }
    }

    private void applyConnection(ViewCall call, EventFacts f) {
        ViewConnection old = call.connections().get(f.connection());
        int[] next = next(f, old == null ? Connection.IDLE : old.state(),
                old == null ? CallControlConnection.IDLE : old.callControlState());
        int state = next[0];
        int ccState = next[1];
        if (state == Connection.DISCONNECTED) {
            call.connections().remove(f.connection());
            return;
        }
        call.connections().put(f.connection(), new ViewConnection(f.connection(), f.address(), state, ccState,
                old == null ? new LinkedHashMap<>() : old.terminalConnections()));
    }

    private void applyTerminalConnection(ViewCall call, EventFacts f) {
        ViewConnection connection = call.connections().get(f.connection());
        if (connection == null) {
            // A terminal connection event before its connection's: the application learns of both.
            connection = new ViewConnection(f.connection(), f.address(), Connection.IDLE, CallControlConnection.IDLE,
                    new LinkedHashMap<>());
            call.connections().put(f.connection(), connection);
        }
        Map<String, ViewTerminalConnection> tcs = connection.terminalConnections();
        ViewTerminalConnection old = tcs.get(f.terminalConnection());
        int[] next = next(f, old == null ? TerminalConnection.IDLE : old.state(),
                old == null ? CallControlTerminalConnection.IDLE : old.callControlState());
        int state = next[0];
        int ccState = next[1];
        if (state == TerminalConnection.DROPPED) {
            tcs.remove(f.terminalConnection());
            return;
        }
        tcs.put(f.terminalConnection(), new ViewTerminalConnection(f.terminalConnection(), f.terminal(), state,
                ccState));
    }

    /** The core and call control states after the event: a core event sets the core one, a call control event both. */
    private static int[] next(EventFacts f, int state, int callControlState) {
        StateMachine machine = f.kind().machine();
        if (machine.core() == null) {
            return new int[] {f.kind().state(), callControlState};
        }
        return new int[] {machine.coreStateOf(f.kind().state()), f.kind().state()};
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        calls.values().forEach(c -> lines.add(c.toString()));
        return String.join("\n", lines);
    }
}
