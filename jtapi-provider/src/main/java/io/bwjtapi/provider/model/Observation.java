package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.CallSource;
import io.bwjtapi.provider.domain.TerminalImpl;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.Call;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Provider;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;

/**
 * Adding and removing observers and listeners, run on the model thread so that a snapshot is queued before any
 * later event of the same call. Adding one that is present does nothing; removing one delivers its last event.
 * Adding to something that can no longer be observed delivers the last event at once and adds nothing.
 */
public final class Observation {
    private final ProviderCore core;

    Observation(ProviderCore core) {
        this.core = core;
    }

    private ServiceEvents events() {
        return core.serviceEvents();
    }

    /** @param observer the provider observer to add */
    public void addProviderObserver(ProviderObserver observer) {
        core.model().run(() -> {
            if (core.status().state() == Provider.SHUTDOWN) {
                events().providerEnded(observer);
            } else {
                core.providerObservers().add(observer);
            }
        });
    }

    /** @param observer the provider observer to remove */
    public void removeProviderObserver(ProviderObserver observer) {
        core.model().run(() -> {
            if (core.providerObservers().remove(observer)) {
                events().providerEnded(observer);
            }
        });
    }

    /** @param listener the provider listener to add */
    public void addProviderListener(ProviderListener listener) {
        core.model().run(() -> {
            if (core.status().state() == Provider.SHUTDOWN) {
                events().providerEnded(listener);
            } else {
                core.providerListeners().add(listener);
            }
        });
    }

    /** @param listener the provider listener to remove */
    public void removeProviderListener(ProviderListener listener) {
        core.model().run(() -> {
            if (core.providerListeners().remove(listener)) {
                events().providerEnded(listener);
            }
        });
    }

    /** @param address an address @param observer the observer to add */
    public void addAddressObserver(AddressImpl address, AddressObserver observer) {
        core.model().run(() -> {
            if (address.closed()) {
                events().addressEnded(address, observer);
            } else {
                address.observers().add(observer);
            }
        });
    }

    /** @param address an address @param observer the observer to remove */
    public void removeAddressObserver(AddressImpl address, AddressObserver observer) {
        core.model().run(() -> {
            if (address.observers().remove(observer)) {
                events().addressEnded(address, observer);
            }
        });
    }

    /** @param address an address @param listener the listener to add */
    public void addAddressListener(AddressImpl address, AddressListener listener) {
        core.model().run(() -> {
            if (address.closed()) {
                events().addressEnded(address, listener);
            } else {
                address.listeners().add(listener);
            }
        });
    }

    /** @param address an address @param listener the listener to remove */
    public void removeAddressListener(AddressImpl address, AddressListener listener) {
        core.model().run(() -> {
            if (address.listeners().remove(listener)) {
                events().addressEnded(address, listener);
            }
        });
    }

    /** @param terminal a terminal @param observer the observer to add */
    public void addTerminalObserver(TerminalImpl terminal, TerminalObserver observer) {
        core.model().run(() -> {
            if (terminal.address().closed()) {
                events().terminalEnded(terminal, observer);
            } else {
                terminal.observers().add(observer);
            }
        });
    }

    /** @param terminal a terminal @param observer the observer to remove */
    public void removeTerminalObserver(TerminalImpl terminal, TerminalObserver observer) {
        core.model().run(() -> {
            if (terminal.observers().remove(observer)) {
                events().terminalEnded(terminal, observer);
            }
        });
    }

    /** @param terminal a terminal @param listener the listener to add */
    public void addTerminalListener(TerminalImpl terminal, TerminalListener listener) {
        core.model().run(() -> {
            if (terminal.address().closed()) {
                events().terminalEnded(terminal, listener);
            } else {
                terminal.listeners().add(listener);
            }
        });
    }

    /** @param terminal a terminal @param listener the listener to remove */
    public void removeTerminalListener(TerminalImpl terminal, TerminalListener listener) {
        core.model().run(() -> {
            if (terminal.listeners().remove(listener)) {
                events().terminalEnded(terminal, listener);
            }
        });
    }

    /**
     * Adds a call observer to an address or terminal and attaches it to the calls already there, each
     * delivering its snapshot.
     *
     * @param source the address or terminal
     * @param observer the observer
     */
    public void addCallObserver(CallSource source, CallObserver observer) {
        core.model().run(() -> {
            if (source.device().closed() || !source.callObservers().add(observer)) {
                return;
            }
            for (CallImpl call : callsAt(source)) {
                if (call.observers().attach(observer, source)) {
                    core.router().snapshot(call, List.of(observer), List.of());
                }
            }
        });
    }

    /** @param source the address or terminal @param observer the call observer it no longer adds */
    public void removeCallObserver(CallSource source, CallObserver observer) {
        core.model().run(() -> source.callObservers().remove(observer));
    }

    /**
     * Adds a call listener to an address or terminal and attaches it to the calls already there, each
     * delivering its snapshot.
     *
     * @param source the address or terminal
     * @param listener the listener
     */
    public void addCallListener(CallSource source, CallListener listener) {
        core.model().run(() -> {
            if (source.device().closed() || !source.callListeners().add(listener)) {
                return;
            }
            for (CallImpl call : callsAt(source)) {
                if (call.listeners().attach(listener, source)) {
                    core.router().snapshot(call, List.of(), List.of(listener));
                }
            }
        });
    }

    /** @param source the address or terminal @param listener the call listener it no longer adds */
    public void removeCallListener(CallSource source, CallListener listener) {
        core.model().run(() -> source.callListeners().remove(listener));
    }

    /** @param call a call @param observer an observer to attach to it directly */
    public void addObserver(CallImpl call, CallObserver observer) {
        core.model().run(() -> {
            if (!call.visible()) {
                if (!call.observers().contains(observer)) {
                    ByRecipient<CallObserver, Object[]> ended = new ByRecipient<>();
                    ended.add(observer, new Object[] {call, call});
                    core.router().observationEnded(ended, new ByRecipient<>());
                }
            } else if (call.observers().attach(observer, call)) {
                core.router().snapshot(call, List.of(observer), List.of());
            }
        });
    }

    /** @param call a call @param observer an observer to detach from it */
    public void removeObserver(CallImpl call, CallObserver observer) {
        core.model().run(() -> {
            if (call.observers().detach(observer)) {
                ByRecipient<CallObserver, Object[]> ended = new ByRecipient<>();
                ended.add(observer, new Object[] {call, call});
                core.router().observationEnded(ended, new ByRecipient<>());
            }
        });
    }

    /** @param call a call @param listener a listener to attach to it directly */
    public void addCallListener(CallImpl call, CallListener listener) {
        core.model().run(() -> {
            if (!call.visible()) {
                if (!call.listeners().contains(listener)) {
                    ByRecipient<CallListener, CallImpl> ended = new ByRecipient<>();
                    ended.add(listener, call);
                    core.router().observationEnded(new ByRecipient<>(), ended);
                }
            } else if (call.listeners().attach(listener, call)) {
                core.router().snapshot(call, List.of(), List.of(listener));
            }
        });
    }

    /** @param call a call @param listener a listener to detach from it */
    public void removeCallListener(CallImpl call, CallListener listener) {
        core.model().run(() -> {
            if (call.listeners().detach(listener)) {
                ByRecipient<CallListener, CallImpl> ended = new ByRecipient<>();
                ended.add(listener, call);
                core.router().observationEnded(new ByRecipient<>(), ended);
            }
        });
    }

    /** The visible calls in which the source takes part, in creation order, if its device is followed. */
    private List<CallImpl> callsAt(CallSource source) {
        List<CallImpl> calls = new ArrayList<>();
        for (ConnectionImpl c : source.device().trackedConnections()) {
            CallImpl call = c.call();
            if (call.visible() && call.getState() == Call.ACTIVE && !calls.contains(call)
                    && core.engine().following().sources(call).contains(source)) {
                calls.add(call);
            }
        }
        calls.sort(java.util.Comparator.comparingLong(CallImpl::sequence));
        return calls;
    }
}
