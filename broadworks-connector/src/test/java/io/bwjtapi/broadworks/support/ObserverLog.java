package io.bwjtapi.broadworks.support;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.AddressObserver;
import javax.telephony.ProviderObserver;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.TermEv;

/** A JTAPI 1.2 observer application in one object: it records each event (see {@link EventText}) and batch. */
public final class ObserverLog extends SequenceLog implements ProviderObserver, AddressObserver, TerminalObserver,
        CallControlCallObserver {
    private final List<Ev> raw = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();

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
        batchSizes.add(evs.length);
        for (Ev ev : evs) {
            raw.add(ev);
            add(EventText.of(ev));
        }
    }

    /** @return every event received so far */
    public synchronized List<Ev> raw() {
        return new ArrayList<>(raw);
    }

    /** @return the size of every batch received so far */
    public synchronized List<Integer> batchSizes() {
        return new ArrayList<>(batchSizes);
    }
}
