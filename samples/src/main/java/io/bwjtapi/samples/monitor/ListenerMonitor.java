package io.bwjtapi.samples.monitor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.telephony.Address;
import javax.telephony.AddressListener;
import javax.telephony.CallListener;
import javax.telephony.Event;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ProviderListener;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/**
 * The JTAPI 1.4 counterpart of {@link ObserverMonitor}: one listener for the provider, every address (also as
 * its call listener, with the call-control connection and terminal connection events) and every terminal, which
 * prints every event with the name of the listener method that received it.
 * <p>
 * The listener interfaces have one method per event; rather than writing out some sixty methods that all print,
 * the listener is a {@link Proxy} whose handler prints.
 */
public final class ListenerMonitor {
    private final Object listener;

    /**
     * @param out where the events go
     * @param format the line format
     */
    public ListenerMonitor(MonitorOutput out, EventFormat format) {
        InvocationHandler handler = (proxy, method, args) -> handle(out, format, proxy, method, args);
        listener = Proxy.newProxyInstance(ListenerMonitor.class.getClassLoader(), new Class<?>[] {
            ProviderListener.class, AddressListener.class, TerminalListener.class,
            CallControlTerminalConnectionListener.class}, handler);
    }

    /**
     * Listens to the provider and every address and terminal it has.
     *
     * @param provider an in-service provider
     * @throws ResourceUnavailableException when the provider cannot list its devices
     * @throws MethodNotSupportedException when the provider does not support listeners
     */
    public void listen(Provider provider) throws ResourceUnavailableException, MethodNotSupportedException {
        provider.addProviderListener((ProviderListener) listener);
        Address[] addresses = provider.getAddresses();
        for (Address address : addresses == null ? new Address[0] : addresses) {
            address.addAddressListener((AddressListener) listener);
            address.addCallListener((CallListener) listener);
        }
        Terminal[] terminals = provider.getTerminals();
        for (Terminal terminal : terminals == null ? new Terminal[0] : terminals) {
            terminal.addTerminalListener((TerminalListener) listener);
        }
    }

    private static Object handle(MonitorOutput out, EventFormat format, Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "ListenerMonitor";
            default:
                Event event = (Event) args[0];
                out.listened(format.line(method.getName(), event), event);
                return null;
        }
    }
}
