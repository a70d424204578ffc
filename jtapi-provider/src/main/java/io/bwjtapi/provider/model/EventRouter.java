package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.dispatch.Delivery;
import io.bwjtapi.provider.event.Change;
import io.bwjtapi.provider.event.ChangeGroup;
import io.bwjtapi.provider.event.ListenerEvents;
import io.bwjtapi.provider.event.ObserverEvents;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;

/**
 * Turns a group of changes into one delivery per observer and listener of the calls concerned (model
 * thread): a snapshot first for a callback that joins a call with history, then the group's events of the
 * calls it follows, then the end of observation for the calls it left.
 */
final class EventRouter {
    private final ProviderCore core;

    EventRouter(ProviderCore core) {
        this.core = core;
    }

    /**
     * @param group the changes
     * @param tracks the calls' tracks, in group order
     * @param resync whether callbacks that joined get the final snapshot (after a resync) instead of the
     *     snapshot before the group followed by its events
     */
    void group(ChangeGroup group, List<Track> tracks, boolean resync) {
        for (CallObserver observer : observers(tracks)) {
            List<CallEv> evs = new ArrayList<>();
            boolean callControl = observer instanceof CallControlCallObserver;
            Set<CallImpl> following = new LinkedHashSet<>();
            for (Track t : tracks) {
                boolean joined = t.joinedObserving(observer);
                if (joined && !resync && !t.before.isEmpty()) {
                    ObserverEvents.addChanges(t.before, Ev.META_SNAPSHOT, callControl, true, evs);
                }
                if (t.wasObserving(observer) || (joined && !resync)) {
                    following.add(t.call);
                }
            }
            ObserverEvents.addChanges(group.changesOf(following), group.metaCode(), callControl, true, evs);
            for (Track t : tracks) {
                if (resync && t.joinedObserving(observer)) {
                    ObserverEvents.addChanges(Snapshots.render(t.call), Ev.META_SNAPSHOT, callControl, true, evs);
                }
                for (Attachments.Detached<CallObserver> ended : t.delta.endedObservers) {
                    if (ended.member() == observer) {
                        evs.add(ObserverEvents.observationEnded(t.call, ended.via(), group.metaCode(), false));
                    }
                }
            }
            observerBatch(observer, evs);
        }
        for (CallListener listener : listeners(tracks)) {
            List<Runnable> calls = new ArrayList<>();
            Set<CallImpl> following = new LinkedHashSet<>();
            for (Track t : tracks) {
                boolean joined = t.joinedListening(listener);
                if (joined && !resync && !t.before.isEmpty()) {
                    ListenerEvents.addSnapshot(listener, t.call, t.before, calls);
                }
                if (t.wasListening(listener) || (joined && !resync)) {
                    following.add(t.call);
                }
            }
            List<Change> changes = group.changesOf(following);
            if (!changes.isEmpty()) {
                ListenerEvents.addGroup(listener, group, changes, calls);
            }
            for (Track t : tracks) {
                if (resync && t.joinedListening(listener)) {
                    ListenerEvents.addSnapshot(listener, t.call, Snapshots.render(t.call), calls);
                }
                for (Attachments.Detached<CallListener> ended : t.delta.endedListeners) {
                    if (ended.member() == listener) {
                        calls.add(ListenerEvents.transmissionEnded(listener, t.call));
                    }
                }
            }
            listenerBatch(listener, calls);
        }
    }

    /**
     * Delivers the snapshot of a call to callbacks that were just attached to it.
     *
     * @param call the call
     * @param observers the observers
     * @param listeners the listeners
     */
    void snapshot(CallImpl call, List<CallObserver> observers, List<CallListener> listeners) {
        List<Change> snapshot = Snapshots.render(call);
        if (snapshot.isEmpty()) {
            return;
        }
        for (CallObserver observer : observers) {
            List<CallEv> evs = new ArrayList<>();
            ObserverEvents.addChanges(snapshot, Ev.META_SNAPSHOT, observer instanceof CallControlCallObserver, true,
                    evs);
            observerBatch(observer, evs);
        }
        for (CallListener listener : listeners) {
            List<Runnable> calls = new ArrayList<>();
            ListenerEvents.addSnapshot(listener, call, snapshot, calls);
            listenerBatch(listener, calls);
        }
    }

    /**
     * Delivers the end of observation of several calls, one batch per callback.
     *
     * @param endedObservers per observer, the calls it left and through what
     * @param endedListeners per listener, the calls it left
     */
    void observationEnded(ByRecipient<CallObserver, Object[]> endedObservers,
            ByRecipient<CallListener, CallImpl> endedListeners) {
        endedObservers.forEach((observer, calls) -> {
            List<CallEv> evs = new ArrayList<>();
            for (Object[] ended : calls) {
                evs.add(ObserverEvents.observationEnded((CallImpl) ended[0], ended[1], Ev.META_UNKNOWN, evs.isEmpty()));
            }
            observerBatch(observer, evs);
        });
        endedListeners.forEach((listener, calls) -> {
            List<Runnable> invocations = new ArrayList<>();
            for (CallImpl call : calls) {
                invocations.add(ListenerEvents.transmissionEnded(listener, call));
            }
            listenerBatch(listener, invocations);
        });
    }

    /**
     * @param recipient an observer or listener
     * @param description what is delivered
     * @param invocations the callback invocations
     */
    void deliver(Object recipient, String description, List<Runnable> invocations) {
        if (!invocations.isEmpty()) {
            core.dispatcher().deliver(recipient, new Delivery(description, invocations));
        }
    }

    private void observerBatch(CallObserver observer, List<CallEv> evs) {
        if (evs.isEmpty()) {
            return;
        }
        CallEv[] batch = evs.toArray(new CallEv[0]);
        deliver(observer, "CallObserver batch of " + batch.length + " events",
                List.of(() -> observer.callChangedEvent(batch)));
    }

    private void listenerBatch(CallListener listener, List<Runnable> invocations) {
        deliver(listener, "CallListener group of " + invocations.size() + " events", invocations);
    }

    private static List<CallObserver> observers(List<Track> tracks) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<CallObserver> all = new ArrayList<>();
        for (Track t : tracks) {
            for (CallObserver o : t.observersBefore) {
                if (seen.put(o, Boolean.TRUE) == null) {
                    all.add(o);
                }
            }
            for (CallObserver o : t.delta.newObservers) {
                if (seen.put(o, Boolean.TRUE) == null) {
                    all.add(o);
                }
            }
        }
        return all;
    }

    private static List<CallListener> listeners(List<Track> tracks) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<CallListener> all = new ArrayList<>();
        for (Track t : tracks) {
            for (CallListener l : t.listenersBefore) {
                if (seen.put(l, Boolean.TRUE) == null) {
                    all.add(l);
                }
            }
            for (CallListener l : t.delta.newListeners) {
                if (seen.put(l, Boolean.TRUE) == null) {
                    all.add(l);
                }
            }
        }
        return all;
    }
}
