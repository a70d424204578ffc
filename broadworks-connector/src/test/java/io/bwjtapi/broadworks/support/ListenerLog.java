package io.bwjtapi.broadworks.support;

import io.bwjtapi.ext.BwAddressListener;
import io.bwjtapi.ext.BwTerminalListener;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.AddressEvent;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.ProviderListener;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/**
 * A JTAPI 1.4 listener application that wants everything (call, connection, terminal connection and call-control
 * events, meta events, provider, address and terminal events with the service extension). Each event is
 * recorded by the name of its ID constant and its subject, e.g. {@code "call-3: CONNECTION_CREATED 1001"}.
 */
public final class ListenerLog extends SequenceLog {
    private final List<Event> raw = new ArrayList<>();
    private final Object proxy = Proxy.newProxyInstance(ListenerLog.class.getClassLoader(), new Class<?>[] {
        CallControlTerminalConnectionListener.class, ProviderListener.class, BwAddressListener.class,
        BwTerminalListener.class}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "hashCode": return System.identityHashCode(self);
                    case "equals": return self == args[0];
                    default: return "ListenerLog";
                }
            }
            record((Event) args[0]);
            return null;
        });

    /** @return the listener for calls, addresses and terminals' call listeners */
    public CallControlTerminalConnectionListener calls() {
        return (CallControlTerminalConnectionListener) proxy;
    }

    /** @return the provider listener */
    public ProviderListener provider() {
        return (ProviderListener) proxy;
    }

    /** @return the address listener */
    public BwAddressListener address() {
        return (BwAddressListener) proxy;
    }

    /** @return the terminal listener */
    public BwTerminalListener terminal() {
        return (BwTerminalListener) proxy;
    }

    private synchronized void record(Event event) {
        raw.add(event);
        add(describe(EventText.name(event), event));
    }

    private static String describe(String callback, Event event) {
        if (event instanceof SingleCallMetaEvent) {
            return EventText.call(((SingleCallMetaEvent) event).getCall()) + callback;
        }
        if (event instanceof TerminalConnectionEvent) {
            return EventText.call(((CallEvent) event).getCall()) + callback + " "
                    + ((TerminalConnectionEvent) event).getTerminalConnection().getTerminal().getName();
        }
        if (event instanceof ConnectionEvent) {
            return EventText.call(((CallEvent) event).getCall()) + callback + " "
                    + ((ConnectionEvent) event).getConnection().getAddress().getName();
        }
        if (event instanceof CallEvent) {
            return EventText.call(((CallEvent) event).getCall()) + callback;
        }
        if (event instanceof AddressEvent) {
            return callback + " " + ((AddressEvent) event).getAddress().getName();
        }
        if (event instanceof TerminalEvent) {
            return callback + " " + ((TerminalEvent) event).getTerminal().getName();
        }
        return callback;
    }

    /** @return every event received so far */
    public synchronized List<Event> raw() {
        return new ArrayList<>(raw);
    }
}
