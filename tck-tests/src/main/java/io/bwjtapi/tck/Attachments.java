package io.bwjtapi.tck;

import io.bwjtapi.tck.driver.DeviceServiceHooks;
import io.bwjtapi.tck.driver.ServiceChange;
import io.bwjtapi.tck.fixture.ApplicationCallGuard;
import io.bwjtapi.tck.fixture.ListenerApplication;
import io.bwjtapi.tck.fixture.ObserverApplication;
import io.bwjtapi.tck.property.FailoverOrderCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.telephony.Address;
import javax.telephony.AddressListener;
import javax.telephony.CallListener;
import javax.telephony.Provider;
import javax.telephony.ProviderListener;
import javax.telephony.Terminal;
import javax.telephony.TerminalListener;

/**
 * Registers the two applications with the provider, every local address and its terminal, and remembers
 * what was registered, so that the kit can verify later that every registration survived the outages.
 */
public final class Attachments {
    private final Provider provider;
    private final ObserverApplication observer;
    private final Object listener;
    private final List<Address> addresses;
    private final Set<String> initiallyInService = new HashSet<>();

    private Attachments(Provider provider, ObserverApplication observer, Object listener, List<Address> addresses) {
        this.provider = provider;
        this.observer = observer;
        this.listener = listener;
        this.addresses = List.copyOf(addresses);
    }

    static Attachments attach(Provider provider, List<Address> addresses, ObserverApplication observer,
            ListenerApplication listener, DeviceServiceHooks hooks) throws Exception {
        Object registered = hooks.extendListener(listener, listener::extensionEvent);
        Attachments a = new Attachments(provider, observer, registered, addresses);
        ApplicationCallGuard.run("attaching the applications", () -> {
            provider.addObserver(observer);
            provider.addProviderListener((ProviderListener) registered);
            for (Address address : addresses) {
                Terminal terminal = PartyLookup.terminal(address);
                address.addObserver(observer);
                address.addCallObserver(observer);
                terminal.addObserver(observer);
                address.addAddressListener((AddressListener) registered);
                address.addCallListener((CallListener) registered);
                terminal.addTerminalListener((TerminalListener) registered);
                if (hooks.serviceState(address).orElse(1) == 1) {
                    a.initiallyInService.add(FailoverOrderCheck.key(ServiceChange.Device.ADDRESS, address.getName()));
                }
                if (hooks.serviceState(terminal).orElse(1) == 1) {
                    a.initiallyInService.add(FailoverOrderCheck.key(ServiceChange.Device.TERMINAL, terminal.getName()));
                }
            }
            return null;
        });
        return a;
    }

    /** Devices in service when the applications attached ({@link FailoverOrderCheck#key} values). */
    public Set<String> initiallyInService() {
        return Set.copyOf(initiallyInService);
    }

    /**
     * Registrations that are gone, except at the addresses in {@code closed} (deleted parties, whose
     * observation ends for good).
     */
    public List<String> lost(Set<String> closed) {
        List<String> lost = new ArrayList<>();
        require(lost, provider.getObservers(), observer, "provider observer");
        require(lost, provider.getProviderListeners(), listener, "provider listener");
        for (Address address : addresses) {
            if (closed.contains(address.getName())) {
                continue;
            }
            Terminal terminal = PartyLookup.terminal(address);
            require(lost, address.getObservers(), observer, address.getName() + " observer");
            require(lost, address.getCallObservers(), observer, address.getName() + " call observer");
            require(lost, address.getAddressListeners(), listener, address.getName() + " address listener");
            require(lost, address.getCallListeners(), listener, address.getName() + " call listener");
            require(lost, terminal.getObservers(), observer, terminal.getName() + " terminal observer");
            require(lost, terminal.getTerminalListeners(), listener, terminal.getName() + " terminal listener");
        }
        return lost;
    }

    private static void require(List<String> lost, Object[] registered, Object expected, String what) {
        if (registered == null || Arrays.stream(registered).noneMatch(r -> r == expected)) {
            lost.add(what + " is no longer registered");
        }
    }
}
