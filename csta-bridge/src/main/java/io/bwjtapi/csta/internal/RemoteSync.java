package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.ConnectionListItem;
import io.bwjtapi.csta.event.CstaEventType;
import io.bwjtapi.csta.internal.RemoteParties.Remote;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the placeholder of a half's remote party in step with what the half says: creates it, moves its
 * state, replaces it when the remote party changes (reported as a diversion, a transfer or a plain
 * leave-and-join), and never duplicates a device the call already has a connection for.
 */
final class RemoteSync {
    private final EventLog log;

    RemoteSync(EventLog log) {
        this.log = log;
    }

    /** The placeholders derived from a half. */
    static List<CstaConnection> ownedBy(CstaCall call, LegRef owner) {
        List<CstaConnection> owned = new ArrayList<>(1);
        for (CstaConnection c : call.connections()) {
            if (c.isOwnedBy(owner)) {
                owned.add(c);
            }
        }
        return owned;
    }

    /** A placeholder for the device that the half may take over: its own, or an orphan. */
    static Optional<CstaConnection> adoptable(CstaCall call, DeviceId device, LegRef owner) {
        return call.connection(device)
                .filter(c -> !c.isMonitored() && (c.owner().isEmpty() || c.isOwnedBy(owner)));
    }

    /** Keeps the placeholders in the call (the remote parties stay) but without an owner. */
    static CstaCall orphan(CstaCall call, List<CstaConnection> placeholders) {
        CstaCall next = call;
        for (CstaConnection c : placeholders) {
            next = next.with(c.withPlaceholderState(c.state(), null));
        }
        return next;
    }

    /** Brings the half's remote placeholder in line with what the update says, reporting the change. */
    CstaCall sync(CstaCall call, LegRef owner, Optional<Remote> remote, LegUpdate u) {
        List<CstaConnection> ownedList = ownedBy(call, owner);
        CstaConnection owned = ownedList.isEmpty() ? null : ownedList.get(0);
        if (remote.isEmpty()) {
            if (owned == null) {
                return call;
            }
            CstaCall next = call.without(owned.device());
            log.cleared(next, owned.device(), u.cause, null);
            return next;
        }
        Remote r = remote.get();
        DeviceId device = r.party.device();
        if (owned != null && owned.device().equals(device)) {
            CstaCall next = call.with(owned.withPlaceholderState(r.state, owner).withDetailsFrom(r.party));
            log.transition(next, device, owned.state(), r.state, !r.called, u.cause);
            return next;
        }
        CstaCall next = owned == null ? call : call.without(owned.device());
        Optional<CstaConnection> there = next.connection(device);
        CstaConnection joined = null;
        if (there.isEmpty() && !u.failed) {
            joined = CstaConnection.placeholder(next.ref(), r.party, r.state, owner);
        } else if (there.isPresent() && adoptable(next, device, owner).isPresent()) {
            joined = there.get().withPlaceholderState(r.state, owner).withDetailsFrom(r.party);
        }
        if (joined != null) {
            next = next.with(joined);
        }
        LocalConnectionState from = there.map(CstaConnection::state).orElse(LocalConnectionState.NULL);
        if (owned != null && u.remoteChange == LegUpdate.RemoteChange.TRANSFER) {
            List<ConnectionListItem> items = new ArrayList<>();
            items.add(new ConnectionListItem(owned.ref(), null, LocalConnectionState.NULL));
            if (joined != null && joined.state() != from) {
                items.add(new ConnectionListItem(there.isPresent() ? joined.ref() : null, joined.ref(), r.state));
            }
            log.merged(CstaEventType.TRANSFERRED, next, null, owned.device(), device, items, u.cause);
            return next;
        }
        if (owned != null) {
            next = report(next, owned, device, u);
        }
        if (joined != null) {
            if (there.isEmpty() && u.reachNetwork && r.called && r.party.isNetwork()
                    && r.state == LocalConnectionState.ALERTING) {
                log.networkReached(next, device, u.cause);
                from = LocalConnectionState.CONNECTED;
            }
            log.transition(next, device, from, r.state, !r.called, u.cause);
        }
        return next;
    }

    private CstaCall report(CstaCall call, CstaConnection left, DeviceId newDevice, LegUpdate u) {
        if (u.remoteChange != LegUpdate.RemoteChange.DIVERT) {
            log.cleared(call, left.device(), u.cause, null);
            return call;
        }
        CstaCall next = call.with(call.parties().withLastRedirected(left.party()));
        log.diverted(next, left.device(), u.cause, newDevice);
        return next;
    }
}
