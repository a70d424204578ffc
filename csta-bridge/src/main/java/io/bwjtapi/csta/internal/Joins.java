package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.ConnectionListItem;
import io.bwjtapi.csta.event.CstaEventType;
import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.model.ModelEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes that join or move calls: a conference links the controller's calls, a consultative transfer joins
 * the two calls the transferring device leaves, and a half that moves to another call's session leaves its
 * call for that one.
 */
final class Joins {
    private final ModelEdit edit;
    private final DeviceId reporter;
    private final EventLog log;
    private final CallEnds ends;

    Joins(ModelEdit edit, DeviceId reporter, EventLog log, CallEnds ends) {
        this.edit = edit;
        this.reporter = reporter;
        this.log = log;
        this.ends = ends;
    }

    private Optional<Leg> leg(String callId) {
        return edit.connection(reporter, callId).flatMap(c -> c.leg(callId));
    }

    /**
     * Joins the calls of several of the reporter's halves into one conference call.
     *
     * @param callIds the conference legs' Xsi callIds; unknown ones are skipped
     * @param cause the cause to report
     * @return whether calls were merged
     */
    boolean conference(List<String> callIds, EventCause cause) {
        List<Leg> legs = new ArrayList<>();
        callIds.forEach(id -> leg(id).ifPresent(legs::add));
        boolean merged = false;
        for (int i = 1; i < legs.size(); i++) {
            CstaCall first = edit.callOfLeg(legs.get(0).ref()).orElseThrow();
            CstaCall other = edit.callOfLeg(legs.get(i).ref()).orElseThrow();
            if (!first.ref().equals(other.ref())) {
                DeviceId added = RemoteParties.party(legs.get(i).ref(), legs.get(i).call().remoteParty()).device();
                Merger.Result m = Merger.merge(edit, first, other);
                log.merged(CstaEventType.CONFERENCED, m.call, m.absorbed, reporter, added, m.items, cause);
                merged = true;
            }
        }
        return merged;
    }

    /**
     * The reporter transferred the party of one half to the party of another and left both calls; the two
     * calls become one.
     *
     * @param heldCallId the half with the party being transferred
     * @param consultedCallId the half with the party it is transferred to
     * @param transferredTo the destination device, or {@code null}
     * @param cause the cause to report
     * @return whether both halves were in the model
     */
    boolean consultTransfer(String heldCallId, String consultedCallId, DeviceId transferredTo,
            EventCause cause) {
        LegRef held = LegRef.of(reporter, heldCallId);
        LegRef consulted = LegRef.of(reporter, consultedCallId);
        if (edit.callOfLeg(held).isEmpty() || edit.callOfLeg(consulted).isEmpty()) {
            return false;
        }
        CallRef firstRef = edit.callOfLeg(held).orElseThrow().ref();
        CallRef secondRef = edit.callOfLeg(consulted).orElseThrow().ref();
        List<ConnectionListItem> items = new ArrayList<>();
        detach(held, items);
        detach(consulted, items);
        CstaCall result = edit.call(firstRef).orElseThrow();
        CallRef absorbed = null;
        if (!firstRef.equals(secondRef)) {
            Merger.Result m = Merger.merge(edit, result, edit.call(secondRef).orElseThrow());
            items.addAll(m.items);
            result = m.call;
            absorbed = m.absorbed;
        }
        log.merged(CstaEventType.TRANSFERRED, result, absorbed, reporter, transferredTo, items, cause);
        ends.finish(result, cause);
        return true;
    }

    /** Removes one of the reporter's halves silently (the caller reports it), orphaning its placeholders. */
    private void detach(LegRef key, List<ConnectionListItem> items) {
        CstaCall call = edit.callOfLeg(key).orElseThrow();
        CstaConnection own = call.connection(reporter).orElseThrow();
        CstaConnection remaining = own.withoutLeg(key.callId());
        call = RemoteSync.orphan(call, RemoteSync.ownedBy(call, key));
        call = remaining == null ? call.without(reporter) : call.with(remaining);
        // both halves may be in one call: the connection then gets one item, its final one
        items.removeIf(i -> i.oldConnection().filter(own.ref()::equals).isPresent());
        items.add(new ConnectionListItem(own.ref(), remaining == null ? null : own.ref(),
                remaining == null ? LocalConnectionState.NULL : remaining.state()));
        edit.markEnded(key);
        edit.put(call);
    }

    /**
     * The half moved into another call's session (transfer, pickup, barge-in): it leaves its call, with the
     * placeholders derived from it, and joins that one; the other parties of either call stay where they are.
     * A call left empty counts as merged; one left without monitored connections is cleared.
     */
    CstaCall move(LegRef key, Leg old, LegUpdate u, CstaCall from, CstaCall to) {
        CstaConnection own = from.connection(reporter).orElseThrow();
        CstaConnection remaining = own.withoutLeg(key.callId());
        List<ConnectionListItem> items = new ArrayList<>();
        CstaCall left = from;
        for (CstaConnection placeholder : RemoteSync.ownedBy(from, key)) {
            left = left.without(placeholder.device());
            items.add(new ConnectionListItem(placeholder.ref(), null, LocalConnectionState.NULL));
        }
        left = remaining == null ? left.without(reporter) : left.with(remaining);
        Optional<CstaConnection> there = to.connection(reporter);
        CstaConnection arrived = there.map(c -> c.withLeg(old))
                .orElseGet(() -> CstaConnection.monitored(to.ref(), own.party(), List.of(old)));
        CstaCall joined = to.with(arrived);
        if (remaining != null) {
            items.add(new ConnectionListItem(own.ref(), own.ref(), remaining.state()));
        }
        items.add(new ConnectionListItem(remaining == null ? own.ref() : there.map(c -> arrived.ref()).orElse(null),
                arrived.ref(), arrived.state()));
        boolean emptied = left.connections().isEmpty();
        if (emptied) {
            edit.remove(from.ref());
        } else {
            edit.put(left);
        }
        edit.put(joined);
        // who moved the call: the old remote party transferred it, a barging party joined it, else the device
        DeviceId next = CallEditor.remoteDevice(key, u.call);
        boolean conference = u.mergeKind == LegUpdate.MergeKind.CONFERENCE;
        DeviceId controller = conference ? next
                : u.remoteChange == LegUpdate.RemoteChange.TRANSFER ? CallEditor.remoteDevice(key, old.call()) : reporter;
        log.merged(conference ? CstaEventType.CONFERENCED : CstaEventType.TRANSFERRED, joined,
                emptied ? from.ref() : null, controller, next, items, u.cause);
        if (!emptied && !left.hasMonitoredConnection()) {
            ends.finish(left, u.cause);
        }
        return joined;
    }

}
