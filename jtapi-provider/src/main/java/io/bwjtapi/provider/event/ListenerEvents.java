package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.CallInfo;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.ConnectionEvent;
import javax.telephony.ConnectionListener;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalConnectionListener;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/**
 * Builds the JTAPI 1.4 listener deliveries of call events: each group between its pair of meta events, and
 * each change as the events the listener's interfaces ask for (core first, then call control).
 */
public final class ListenerEvents {
    private ListenerEvents() {
    }

    /**
     * Adds a snapshot of one call, bracketed by the single-call snapshot meta events.
     *
     * @param listener the listener
     * @param call the call
     * @param changes the snapshot's changes (cause {@code CAUSE_SNAPSHOT})
     * @param into the invocations to add to
     */
    public static void addSnapshot(CallListener listener, CallImpl call, List<Change> changes, List<Runnable> into) {
        MetaEvent started = new MetaEvents.Single(call, SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED,
                Event.CAUSE_SNAPSHOT);
        into.add(() -> listener.singleCallMetaSnapshotStarted(started));
        addChanges(listener, changes, started, into);
        MetaEvent ended = new MetaEvents.Single(call, SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED,
                Event.CAUSE_SNAPSHOT);
        into.add(() -> listener.singleCallMetaSnapshotEnded(ended));
    }

    /**
     * Adds the changes of a group, bracketed by the group's meta events; nothing when none of the changes is
     * of a kind the listener receives.
     *
     * @param listener the listener
     * @param group the group
     * @param changes the group's changes of the calls the listener is on
     * @param into the invocations to add to
     */
    public static void addGroup(CallListener listener, ChangeGroup group, List<Change> changes, List<Runnable> into) {
        if (group.kind() == ChangeGroup.Kind.SNAPSHOT) {
            addSnapshot(listener, group.resultCall(), changes, into);
            return;
        }
        if (group.kind() == ChangeGroup.Kind.PROGRESS) {
            MetaEvent started = new MetaEvents.Single(group.resultCall(),
                    SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED, Event.CAUSE_NORMAL);
            List<Runnable> inner = new ArrayList<>();
            addChanges(listener, changes, started, inner);
            if (inner.isEmpty()) {
                return;
            }
            into.add(() -> listener.singleCallMetaProgressStarted(started));
            into.addAll(inner);
            MetaEvent ended = new MetaEvents.Single(group.resultCall(),
                    SingleCallMetaEvent.SINGLECALL_META_PROGRESS_ENDED, Event.CAUSE_NORMAL);
            into.add(() -> listener.singleCallMetaProgressEnded(ended));
            return;
        }
        boolean transfer = group.kind() == ChangeGroup.Kind.TRANSFER;
        MetaEvent started = new MetaEvents.Multi(group.resultCall(), group.calls(), transfer
                ? MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED : MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED);
        List<Runnable> inner = new ArrayList<>();
        addChanges(listener, changes, started, inner);
        if (inner.isEmpty()) {
            return;
        }
        into.add(() -> {
            if (transfer) {
                listener.multiCallMetaTransferStarted(started);
            } else {
                listener.multiCallMetaMergeStarted(started);
            }
        });
        into.addAll(inner);
        MetaEvent ended = new MetaEvents.Multi(group.resultCall(), group.calls(), transfer
                ? MultiCallMetaEvent.MULTICALL_META_TRANSFER_ENDED : MultiCallMetaEvent.MULTICALL_META_MERGE_ENDED);
        into.add(() -> {
            if (transfer) {
                listener.multiCallMetaTransferEnded(ended);
            } else {
                listener.multiCallMetaMergeEnded(ended);
            }
        });
    }

    /**
     * @param listener the listener
     * @param call the call it leaves
     * @return the invocation of {@code callEventTransmissionEnded}
     */
    public static Runnable transmissionEnded(CallListener listener, CallImpl call) {
        CallEvent event = new CallEventImpl(call, call, CallEvent.CALL_EVENT_TRANSMISSION_ENDED, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, call.info(), null);
        return () -> listener.callEventTransmissionEnded(event);
    }

    private static void addChanges(CallListener listener, List<Change> changes, MetaEvent meta, List<Runnable> into) {
        for (Change change : changes) {
            switch (change.kind()) {
                case CALL_ACTIVE:
                    CallEvent active = callEvent(change, CallEvent.CALL_ACTIVE, meta);
                    into.add(() -> listener.callActive(active));
                    break;
                case CALL_INVALID:
                    CallEvent invalid = callEvent(change, CallEvent.CALL_INVALID, meta);
                    into.add(() -> listener.callInvalid(invalid));
                    break;
                case CONNECTION_CREATED:
                    if (listener instanceof ConnectionListener) {
                        ConnectionEvent created = connectionEvent(change, ConnectionEvent.CONNECTION_CREATED, meta);
                        into.add(() -> ((ConnectionListener) listener).connectionCreated(created));
                    }
                    break;
                case CONNECTION_STATE:
                    addConnectionState(listener, change, meta, into);
                    break;
                case TERMINAL_CONNECTION_CREATED:
                    if (listener instanceof TerminalConnectionListener) {
                        TerminalConnectionEvent created = terminalConnectionEvent(change,
                                TerminalConnectionEvent.TERMINAL_CONNECTION_CREATED, meta);
                        into.add(() -> ((TerminalConnectionListener) listener).terminalConnectionCreated(created));
                    }
                    break;
                default:
                    addTerminalConnectionState(listener, change, meta, into);
                    break;
            }
        }
    }

    private static void addConnectionState(CallListener listener, Change change, MetaEvent meta,
            List<Runnable> into) {
        if (listener instanceof ConnectionListener && change.coreState() != Change.UNCHANGED) {
            ConnectionListener l = (ConnectionListener) listener;
            ConnectionEvent event = connectionEvent(change, ListenerCalls.coreConnectionId(change.coreState()), meta);
            into.add(() -> ListenerCalls.core(l, event));
        }
        if (listener instanceof CallControlConnectionListener && change.callControlState() != Change.UNCHANGED) {
            CallControlConnectionListener l = (CallControlConnectionListener) listener;
            ConnectionEventImpl event = connectionEvent(change,
                    ListenerCalls.callControlConnectionId(change.callControlState()), meta);
            into.add(() -> ListenerCalls.callControl(l, event));
        }
    }

    private static void addTerminalConnectionState(CallListener listener, Change change, MetaEvent meta,
            List<Runnable> into) {
        if (listener instanceof TerminalConnectionListener && change.coreState() != Change.UNCHANGED) {
            TerminalConnectionListener l = (TerminalConnectionListener) listener;
            TerminalConnectionEvent event = terminalConnectionEvent(change,
                    ListenerCalls.coreTerminalConnectionId(change.coreState()), meta);
            into.add(() -> ListenerCalls.core(l, event));
        }
        if (listener instanceof CallControlTerminalConnectionListener
                && change.callControlState() != Change.UNCHANGED) {
            CallControlTerminalConnectionListener l = (CallControlTerminalConnectionListener) listener;
            TerminalConnectionEventImpl event = terminalConnectionEvent(change,
                    ListenerCalls.callControlTerminalConnectionId(change.callControlState()), meta);
            into.add(() -> ListenerCalls.callControl(l, event));
        }
    }

    private static CallEvent callEvent(Change change, int id, MetaEvent meta) {
        return new CallEventImpl(change.call(), change.call(), id, change.cause(), change.callControlCause(),
                info(change), meta);
    }

    private static ConnectionEventImpl connectionEvent(Change change, int id, MetaEvent meta) {
        return new ConnectionEventImpl(change.connection(), id, change.cause(), change.callControlCause(),
                info(change), meta);
    }

    private static TerminalConnectionEventImpl terminalConnectionEvent(Change change, int id, MetaEvent meta) {
        return new TerminalConnectionEventImpl(change.terminalConnection(), id, change.cause(),
                change.callControlCause(), info(change), meta);
    }

    private static CallInfo info(Change change) {
        return change.info();
    }
}
