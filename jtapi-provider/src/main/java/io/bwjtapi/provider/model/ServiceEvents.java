package io.bwjtapi.provider.model;

import io.bwjtapi.ext.BwAddressEvent;
import io.bwjtapi.ext.BwOutOfServiceEv;
import io.bwjtapi.ext.BwTerminalEvent;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import io.bwjtapi.provider.event.ListenerCalls;
import io.bwjtapi.provider.event.ObserverEvents;
import io.bwjtapi.provider.spi.ServiceCause;
import java.util.List;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.events.AddrEv;
import javax.telephony.events.ProvEv;
import javax.telephony.events.TermEv;

/** Delivers the provider's and the devices' events to their observers and listeners (model thread). */
final class ServiceEvents {
    private final ProviderCore core;

    ServiceEvents(ProviderCore core) {
        this.core = core;
    }

    /**
     * @param cause a service cause
     * @return the {@link BwOutOfServiceEv} cause that reports it
     */
    static int cause(ServiceCause cause) {
        switch (cause) {
            case CONNECTION_LOST: return BwOutOfServiceEv.CAUSE_CONNECTION_LOST;
            case SERVER_FAILOVER:
            case OUT_OF_SYNC: return BwOutOfServiceEv.CAUSE_SERVER_FAILOVER;
            case DEVICE_UNAVAILABLE: return BwOutOfServiceEv.CAUSE_DEVICE_UNAVAILABLE;
            case DEVICE_REMOVED: return BwOutOfServiceEv.CAUSE_DEVICE_REMOVED;
            case RECONNECT_GAVE_UP: return BwOutOfServiceEv.CAUSE_RECONNECT_GAVE_UP;
            case MONITORING_REFUSED: return BwOutOfServiceEv.CAUSE_MONITORING_REFUSED;
            default: return BwOutOfServiceEv.CAUSE_NOT_YET_SYNCHRONISED;
        }
    }

    /**
     * @param state the provider's new state
     * @param cause the cause
     */
    void provider(int state, int cause) {
        int id = state == javax.telephony.Provider.IN_SERVICE ? ProviderEvent.PROVIDER_IN_SERVICE
                : state == javax.telephony.Provider.OUT_OF_SERVICE ? ProviderEvent.PROVIDER_OUT_OF_SERVICE
                : ProviderEvent.PROVIDER_SHUTDOWN;
        for (ProviderObserver observer : core.providerObservers().list()) {
            providerObserver(observer, ObserverEvents.provider(core.provider(), state, cause));
        }
        for (ProviderListener listener : core.providerListeners().list()) {
            core.router().deliver(listener, "provider event", List.of(
                    ListenerCalls.provider(listener, core.provider(), id, cause)));
        }
    }

    /** @param observer an observer that no longer observes the provider */
    void providerEnded(ProviderObserver observer) {
        providerObserver(observer, ObserverEvents.provider(core.provider(), -1, javax.telephony.Event.CAUSE_NORMAL));
    }

    /** @param listener a listener that no longer listens to the provider */
    void providerEnded(ProviderListener listener) {
        core.router().deliver(listener, "provider transmission ended", List.of(ListenerCalls.provider(listener,
                core.provider(), ProviderEvent.PROVIDER_EVENT_TRANSMISSION_ENDED, javax.telephony.Event.CAUSE_NORMAL)));
    }

    /**
     * Reports a device's service change: address events, then terminal events.
     *
     * @param address the device's address
     * @param inService the new service state
     * @param cause the cause
     */
    void device(AddressImpl address, boolean inService, int cause) {
        for (AddressObserver observer : address.observers().list()) {
            addressObserver(observer, ObserverEvents.address(address, inService, cause));
        }
        int addressId = inService ? BwAddressEvent.ADDRESS_IN_SERVICE : BwAddressEvent.ADDRESS_OUT_OF_SERVICE;
        for (AddressListener listener : address.listeners().list()) {
            Runnable call = ListenerCalls.address(listener, address, addressId, cause);
            if (call != null) {
                core.router().deliver(listener, "address service event", List.of(call));
            }
        }
        TerminalImpl terminal = address.terminal();
        for (TerminalObserver observer : terminal.observers().list()) {
            terminalObserver(observer, ObserverEvents.terminal(terminal, inService, cause));
        }
        int terminalId = inService ? BwTerminalEvent.TERMINAL_IN_SERVICE : BwTerminalEvent.TERMINAL_OUT_OF_SERVICE;
        for (TerminalListener listener : terminal.listeners().list()) {
            Runnable call = ListenerCalls.terminal(listener, terminal, terminalId, cause);
            if (call != null) {
                core.router().deliver(listener, "terminal service event", List.of(call));
            }
        }
    }

    /** @param address an address @param observer an observer that no longer observes it */
    void addressEnded(AddressImpl address, AddressObserver observer) {
        addressObserver(observer, ObserverEvents.address(address, null, javax.telephony.Event.CAUSE_NORMAL));
    }

    /** @param address an address @param listener a listener that no longer listens to it */
    void addressEnded(AddressImpl address, AddressListener listener) {
        core.router().deliver(listener, "address transmission ended", List.of(ListenerCalls.address(listener, address,
                AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED, javax.telephony.Event.CAUSE_NORMAL)));
    }

    /** @param terminal a terminal @param observer an observer that no longer observes it */
    void terminalEnded(TerminalImpl terminal, TerminalObserver observer) {
        terminalObserver(observer, ObserverEvents.terminal(terminal, null, javax.telephony.Event.CAUSE_NORMAL));
    }

    /** @param terminal a terminal @param listener a listener that no longer listens to it */
    void terminalEnded(TerminalImpl terminal, TerminalListener listener) {
        core.router().deliver(listener, "terminal transmission ended", List.of(ListenerCalls.terminal(listener,
                terminal, TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED, javax.telephony.Event.CAUSE_NORMAL)));
    }

    /**
     * Ends the observation of a device for good: every address and terminal observer and listener gets its
     * last event and is removed, and the call observers and listeners added there are forgotten.
     *
     * @param address the device's address
     */
    void deviceEnded(AddressImpl address) {
        for (AddressObserver observer : address.observers().clear()) {
            addressEnded(address, observer);
        }
        for (AddressListener listener : address.listeners().clear()) {
            addressEnded(address, listener);
        }
        TerminalImpl terminal = address.terminal();
        for (TerminalObserver observer : terminal.observers().clear()) {
            terminalEnded(terminal, observer);
        }
        for (TerminalListener listener : terminal.listeners().clear()) {
            terminalEnded(terminal, listener);
        }
        address.callObservers().clear();
        address.callListeners().clear();
        terminal.callObservers().clear();
        terminal.callListeners().clear();
    }

    private void providerObserver(ProviderObserver observer, ProvEv ev) {
        ProvEv[] batch = {ev};
        core.router().deliver(observer, "provider event " + ev.getID(),
                List.of(() -> observer.providerChangedEvent(batch)));
    }

    private void addressObserver(AddressObserver observer, AddrEv ev) {
        AddrEv[] batch = {ev};
        core.router().deliver(observer, "address event " + ev.getID(),
                List.of(() -> observer.addressChangedEvent(batch)));
    }

    private void terminalObserver(TerminalObserver observer, TermEv ev) {
        TermEv[] batch = {ev};
        core.router().deliver(observer, "terminal event " + ev.getID(),
                List.of(() -> observer.terminalChangedEvent(batch)));
    }
}
