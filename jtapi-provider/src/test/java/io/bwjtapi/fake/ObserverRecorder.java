package io.bwjtapi.fake;

import io.bwjtapi.ext.BwCall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.telephony.AddressObserver;
import javax.telephony.ProviderObserver;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;

/**
 * A JTAPI 1.2 observer application in one object, as Cisco-style applications are written: it records every
 * event as {@code "<callId>: <EvName> <subject>"} (call events) or {@code "<EvName> <subject>"}, every batch, and
 * the raw events.
 */
public class ObserverRecorder implements ProviderObserver, AddressObserver, TerminalObserver, CallControlCallObserver {
    private final List<String> events = new ArrayList<>();
    private final List<List<String>> batches = new ArrayList<>();
    private final List<Ev> raw = new ArrayList<>();

    @Override
    public void callChangedEvent(CallEv[] evs) {
        record(evs);
    }

    @Override
    public void providerChangedEvent(ProvEv[] evs) {
        record(evs);
    }

    @Override
    public void addressChangedEvent(AddrEv[] evs) {
        record(evs);
    }

    @Override
    public void terminalChangedEvent(TermEv[] evs) {
        record(evs);
    }

    private synchronized void record(Ev[] evs) {
        List<String> batch = new ArrayList<>();
        for (Ev ev : evs) {
            String text = describe(ev);
            batch.add(text);
            events.add(text);
            raw.add(ev);
        }
        batches.add(batch);
    }

    /** @param ev an event @return its description */
    public static String describe(Ev ev) {
        String name = EventNames.observer(ev.getID());
        if (ev instanceof TermConnEv) {
            return callId(ev) + name + " " + ((TermConnEv) ev).getTerminalConnection().getTerminal().getName();
        }
        if (ev instanceof ConnEv) {
            return callId(ev) + name + " " + ((ConnEv) ev).getConnection().getAddress().getName();
        }
        if (ev instanceof CallEv) {
            return callId(ev) + name;
        }
        if (ev instanceof AddrEv) {
            return name + " " + ((AddrEv) ev).getAddress().getName();
        }
        if (ev instanceof TermEv) {
            return name + " " + ((TermEv) ev).getTerminal().getName();
        }
        return name;
    }

    private static String callId(Ev ev) {
        return ((BwCall) ((CallEv) ev).getCall()).getCallId() + ": ";
    }

    /** @return every event so far */
    public synchronized List<String> events() {
        return new ArrayList<>(events);
    }

    /** @return every batch so far */
    public synchronized List<List<String>> batches() {
        return new ArrayList<>(batches);
    }

    /** @return the raw events so far */
    public synchronized List<Ev> raw() {
        return new ArrayList<>(raw);
    }

    /** Forgets what was recorded. */
    public synchronized void clear() {
        events.clear();
        batches.clear();
        raw.clear();
    }

    /** @param expected events @return the list, for readability in assertions */
    public static List<String> seq(String... expected) {
        return Arrays.asList(expected);
    }
}
