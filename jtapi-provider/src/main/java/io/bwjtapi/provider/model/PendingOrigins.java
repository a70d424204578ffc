package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds calls the application places ({@code Call.connect}, {@code consult}) to the id the switch gives them
 * (model thread only). While a request from an address is outstanding, reports of <em>new</em> calls at that
 * address are held back, because the switch may report the new call before it answers the request; once the
 * answer names the call's id, the held reports are applied to the application's {@code Call} object, so the
 * application never sees a second object for its own call. Reports of other calls are not delayed.
 */
final class PendingOrigins {
    private static final Logger LOG = LoggerFactory.getLogger(PendingOrigins.class);
    private static final int MAX_HELD = 1000;

    private final ProviderCore core;
    private final List<Pending> pending = new ArrayList<>();
    private final List<CallUpdate> held = new ArrayList<>();

    PendingOrigins(ProviderCore core) {
        this.core = core;
    }

    /** A placed call waiting for its id. */
    static final class Pending {
        final CallImpl call;
        final AddressImpl origin;

        Pending(CallImpl call, AddressImpl origin) {
            this.call = call;
            this.origin = origin;
        }
    }

    Pending expect(CallImpl call, AddressImpl origin) {
        Pending p = new Pending(call, origin);
        pending.add(p);
        return p;
    }

    /**
     * @param update a report of a call the model does not know
     * @return {@code true} if it is held back until an outstanding request at its address is answered
     */
    boolean hold(CallUpdate update) {
        if (pending.isEmpty()) {
            return false;
        }
        for (ConnectionUpdate cu : update.connections()) {
            AddressImpl address = core.domain().address(cu.address());
            if (address != null && cu.state() != ConnectionState.DISCONNECTED && pendingAt(address)) {
                if (held.size() >= MAX_HELD) {
                    LOG.warn("More than {} reports held while calls are being placed; applying {} at once", MAX_HELD,
                            update.callId());
                    return false;
                }
                held.add(update);
                return true;
            }
        }
        return false;
    }

    /**
     * @param p the placed call
     * @param id the id the switch gave it, or {@code null} if the request failed
     * @return the reports to apply now, in order
     */
    List<CallUpdate> resolve(Pending p, String id) {
        pending.remove(p);
        if (id != null && !core.calls().bind(p.call, id)) {
            LOG.warn("The switch reported call id {} for {} but another call has it; the call stays idle", id, p.call);
        }
        List<CallUpdate> release = new ArrayList<>();
        for (Iterator<CallUpdate> it = held.iterator(); it.hasNext();) {
            CallUpdate update = it.next();
            if (update.callId().equals(id) || !stillHeld(update)) {
                release.add(update);
                it.remove();
            }
        }
        return release;
    }

    private boolean stillHeld(CallUpdate update) {
        for (ConnectionUpdate cu : update.connections()) {
            AddressImpl address = core.domain().address(cu.address());
            if (address != null && pendingAt(address)) {
                return true;
            }
        }
        return false;
    }

    private boolean pendingAt(AddressImpl address) {
        for (Pending p : pending) {
            if (p.origin == address) {
                return true;
            }
        }
        return false;
    }
}
