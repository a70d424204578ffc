package io.bwjtapi.provider.model;

import io.bwjtapi.config.FailoverStyle;
import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.CallSource;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;

/**
 * Decides which observers and listeners follow a call (model thread only).
 * <p>
 * A call is <em>followed</em> while it is not invalid and, in the Cisco failover style, while the provider is
 * in service and at least one of its local parties is at a device in service; a call that is not followed is
 * hidden (suspended) until a resync brings it back. Its observers and listeners are attached through
 * <em>sources</em>: the call itself (added with {@code Call.addObserver}) while it is followed, and every
 * address with a connection and terminal with a terminal connection in the call whose device is in service
 * (in the clear-calls style, whatever its service state). The callbacks of a source are attached when the
 * source appears for the call (so a callback the application removed from one call is not attached to it again
 * until the call leaves and comes back); a callback leaves the call when its last source goes. New sources are
 * added before old ones are removed, so a callback that follows the call from one address to another stays on it.
 */
final class Following {
    private final ProviderCore core;

    Following(ProviderCore core) {
        this.core = core;
    }

    private boolean cisco() {
        return core.config().failoverStyle() == FailoverStyle.CISCO;
    }

    private boolean deviceCounts(AddressImpl address) {
        return address.isLocal() && !address.closed() && (address.inService() || !cisco());
    }

    /** @param call a call @return whether its events can be followed now */
    boolean followed(CallImpl call) {
        if (call.getState() == Call.INVALID) {
            return false;
        }
        if (!cisco() || call.getState() == Call.IDLE) {
            return true;
        }
        if (!core.status().inService()) {
            return false;
        }
        for (ConnectionImpl c : call.liveConnections()) {
            if (c.address().isLocal() && c.address().inService()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hides or shows a reported call according to {@link #followed}, and updates what the addresses and
     * terminals list.
     *
     * @param call the call
     */
    void updateVisibility(CallImpl call) {
        boolean hidden = call.getCallId() != null && call.getState() == Call.ACTIVE && !followed(call);
        if (hidden != call.suspended()) {
            call.suspended(hidden);
            core.calls().visibilityChanged();
            for (ConnectionImpl c : call.liveConnections()) {
                c.address().publish();
                for (TerminalConnectionImpl tc : c.liveTerminalConnections()) {
                    tc.terminal().publish();
                }
            }
        }
    }

    /**
     * Brings the call's attachments in line with its sources.
     *
     * @param call the call
     * @return who was attached and who left
     */
    AttachDelta update(CallImpl call) {
        List<Object> valid = sources(call);
        List<Object> before = call.sources();
        call.sources(valid);
        AttachDelta delta = new AttachDelta();
        for (Object source : valid) {
            if (containsIdentity(before, source)) {
                continue;
            }
            if (source instanceof CallSource) {
                attach(call, source, ((CallSource) source).callObservers().list(),
                        ((CallSource) source).callListeners().list(), delta);
            }
        }
        delta.endedObservers.addAll(call.observers().retainSources(valid));
        delta.endedListeners.addAll(call.listeners().retainSources(valid));
        return delta;
    }

    /**
     * @param call a call
     * @return the sources through which callbacks may follow it now
     */
    List<Object> sources(CallImpl call) {
        List<Object> valid = new ArrayList<>();
        if (!followed(call)) {
            return valid;
        }
        valid.add(call);
        for (ConnectionImpl c : call.liveConnections()) {
            AddressImpl address = c.address();
            if (deviceCounts(address) && !valid.contains(address)) {
                valid.add(address);
            }
        }
        for (ConnectionImpl c : call.liveConnections()) {
            for (TerminalConnectionImpl tc : c.liveTerminalConnections()) {
                if (deviceCounts(tc.terminal().address()) && !valid.contains(tc.terminal())) {
                    valid.add(tc.terminal());
                }
            }
        }
        return valid;
    }

    private static boolean containsIdentity(List<Object> list, Object item) {
        for (Object candidate : list) {
            if (candidate == item) {
                return true;
            }
        }
        return false;
    }

    private static void attach(CallImpl call, Object source, List<CallObserver> observers,
            List<CallListener> listeners, AttachDelta delta) {
        for (CallObserver observer : observers) {
            if (call.observers().attach(observer, source)) {
                delta.newObservers.add(observer);
            }
        }
        for (CallListener listener : listeners) {
            if (call.listeners().attach(listener, source)) {
                delta.newListeners.add(listener);
            }
        }
    }

    /** Who was attached to a call and who left it in one step. */
    static final class AttachDelta {
        final List<CallObserver> newObservers = new ArrayList<>();
        final List<CallListener> newListeners = new ArrayList<>();
        final List<Attachments.Detached<CallObserver>> endedObservers = new ArrayList<>();
        final List<Attachments.Detached<CallListener>> endedListeners = new ArrayList<>();
    }
}
