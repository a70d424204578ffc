package io.bwjtapi.csta.support;

import io.bwjtapi.csta.event.ConferencedEvent;
import io.bwjtapi.csta.event.ConnectionListItem;
import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.TransferredEvent;
import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.LocalConnectionState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a consumer that only sees the CSTA events knows: the connections and their states, rebuilt by the
 * replay rules documented in the event package. Tests compare it with the model.
 */
public final class Projection {
    private final Map<CallRef, Map<String, LocalConnectionState>> calls = new TreeMap<>();

    /** Starts from what a model holds now, e.g. before a reconciliation whose events are replayed. */
    public static Projection from(CallModelView model) {
        Projection p = new Projection();
        p.calls.putAll(of(model));
        return p;
    }

    /** Replays events; fails on an event that contradicts what came before. */
    public void apply(List<CstaEvent> events) {
        events.forEach(this::apply);
    }

    public void apply(CstaEvent e) {
        switch (e.type()) {
            case CALL_CLEARED:
                Map<String, LocalConnectionState> left = calls.remove(e.call());
                if (left != null && !left.isEmpty()) {
                    throw new AssertionError("CallCleared while connections remain: " + left + " at " + e);
                }
                break;
            case TRANSFERRED:
            case CONFERENCED:
                List<ConnectionListItem> items = e instanceof TransferredEvent
                        ? ((TransferredEvent) e).transferredConnections()
                        : ((ConferencedEvent) e).conferenceConnections();
                items.forEach(i -> i.oldConnection().ifPresent(this::remove));
                items.forEach(i -> i.newConnection().ifPresent(n -> set(n, i.state())));
                Optional<CallRef> secondary = e instanceof TransferredEvent
                        ? ((TransferredEvent) e).secondaryOldCall() : ((ConferencedEvent) e).secondaryOldCall();
                secondary.filter(s -> !s.equals(e.call())).ifPresent(s -> {
                    Map<String, LocalConnectionState> rest = calls.remove(s);
                    if (rest != null && !rest.isEmpty()) {
                        throw new AssertionError("merged call keeps connections " + rest + " at " + e);
                    }
                });
                dropIfEmpty(e.call());
                break;
            default:
                if (e.subjectState() == LocalConnectionState.NULL) {
                    remove(e.subject());
                } else {
                    set(e.subject(), e.subjectState());
                }
        }
    }

    private void set(ConnectionRef ref, LocalConnectionState state) {
        calls.computeIfAbsent(ref.call(), c -> new TreeMap<>()).put(ref.device().value(), state);
    }

    private void remove(ConnectionRef ref) {
        Map<String, LocalConnectionState> call = calls.get(ref.call());
        if (call != null) {
            call.remove(ref.device().value());
        }
    }

    /** A call left without connections by a transfer is gone even without a CallCleared. */
    private void dropIfEmpty(CallRef ref) {
        Map<String, LocalConnectionState> call = calls.get(ref);
        if (call != null && call.isEmpty()) {
            calls.remove(ref);
        }
    }

    /** The connections as the model holds them, in the same shape. */
    public static Map<CallRef, Map<String, LocalConnectionState>> of(CallModelView model) {
        Map<CallRef, Map<String, LocalConnectionState>> view = new TreeMap<>();
        for (CstaCall call : model.calls()) {
            Map<String, LocalConnectionState> connections = new TreeMap<>();
            for (CstaConnection c : call.connections()) {
                connections.put(c.device().value(), c.state());
            }
            view.put(call.ref(), connections);
        }
        return view;
    }

    public Map<CallRef, Map<String, LocalConnectionState>> view() {
        return calls;
    }
}
