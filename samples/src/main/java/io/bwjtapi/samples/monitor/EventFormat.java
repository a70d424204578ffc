package io.bwjtapi.samples.monitor;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.WeakHashMap;
import javax.telephony.AddressEvent;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;

/**
 * Turns events into one line of text: time, what the event is about (provider, an address, a terminal or a call,
 * named {@code call-1}, {@code call-2}... in the order the monitor first sees them), the event and its details
 * (party, cause when not normal, snapshot marker).
 */
public final class EventFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Map<Call, String> callNames = new WeakHashMap<>();
    private int calls;

    /**
     * @param call a call
     * @return its short name, the same for the same Call object (a call that survives a failover keeps it)
     */
    public synchronized String callName(Call call) {
        return callNames.computeIfAbsent(call, c -> "call-" + (++calls));
    }

    /** @param ev an observer event @return the line describing it */
    public String line(Ev ev) {
        StringBuilder b = start(subject(ev)).append(EventNames.observerEvent(ev, ev.getID()));
        if (ev instanceof ConnEv) {
            b.append(' ').append(((ConnEv) ev).getConnection().getAddress().getName());
        } else if (ev instanceof TermConnEv) {
            b.append(' ').append(((TermConnEv) ev).getTerminalConnection().getTerminal().getName());
        }
        cause(b, ev, ev.getCause());
        if (ev.getMetaCode() == Ev.META_SNAPSHOT) {
            b.append(" [snapshot]");
        }
        return b.toString();
    }

    /**
     * @param method the listener method that received the event, e.g. {@code connectionConnected}
     * @param event the listener event
     * @return the line describing it
     */
    public String line(String method, Event event) {
        StringBuilder b = start(subject(event)).append(method);
        if (event instanceof ConnectionEvent) {
            b.append(' ').append(((ConnectionEvent) event).getConnection().getAddress().getName());
        } else if (event instanceof TerminalConnectionEvent) {
            b.append(' ').append(((TerminalConnectionEvent) event).getTerminalConnection().getTerminal().getName());
        }
        cause(b, event, event.getCause());
        return b.toString();
    }

    private String subject(Ev ev) {
        if (ev instanceof CallEv) {
            return callName(((CallEv) ev).getCall());
        }
        if (ev instanceof AddrEv) {
            return "address " + ((AddrEv) ev).getAddress().getName();
        }
        if (ev instanceof TermEv) {
            return "terminal " + ((TermEv) ev).getTerminal().getName();
        }
        return "provider";
    }

    private String subject(Event event) {
        if (event instanceof CallEvent) {
            return callName(((CallEvent) event).getCall());
        }
        if (event instanceof SingleCallMetaEvent) {
            return callName(((SingleCallMetaEvent) event).getCall());
        }
        if (event instanceof MultiCallMetaEvent) {
            return callName(((MultiCallMetaEvent) event).getNewCall());
        }
        if (event instanceof AddressEvent) {
            return "address " + ((AddressEvent) event).getAddress().getName();
        }
        if (event instanceof TerminalEvent) {
            return "terminal " + ((TerminalEvent) event).getTerminal().getName();
        }
        return event instanceof ProviderEvent ? "provider" : "event";
    }

    private static StringBuilder start(String subject) {
        StringBuilder b = new StringBuilder(96).append(LocalTime.now().format(TIME)).append("  ").append(subject);
        for (int pad = subject.length(); pad < 32; pad++) {
            b.append(' ');
        }
        return b.append(' ');
    }

    private static void cause(StringBuilder b, Object event, int cause) {
        if (cause != Ev.CAUSE_NORMAL) {
            b.append(" cause=").append(EventNames.constant(event, "CAUSE_", cause));
        }
    }
}
