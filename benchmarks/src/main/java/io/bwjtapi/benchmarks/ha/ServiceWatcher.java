package io.bwjtapi.benchmarks.ha;

import io.bwjtapi.ext.BwAddrInServiceEv;
import io.bwjtapi.ext.BwCall;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.telephony.AddressObserver;
import javax.telephony.ProviderObserver;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.ProvOutOfServiceEv;
import javax.telephony.CallObserver;

/**
 * The application side of the measurements: one observer on the provider and on every address (and its calls)
 * that timestamps what a Cisco-style application waits for after a failover: the provider out of and back in
 * service, each address back in service, and one snapshot batch per surviving call.
 */
final class ServiceWatcher implements ProviderObserver, AddressObserver, CallObserver {
    private final AtomicLong outOfServiceAt = new AtomicLong();
    private final AtomicLong inServiceAt = new AtomicLong();
    private final AtomicLong addressesInService = new AtomicLong();
    private final AtomicLong lastAddressInServiceAt = new AtomicLong();
    private final Set<String> snapshotCalls = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastSnapshotAt = new AtomicLong();

    /** Forgets what was seen (before the next failover). */
    void reset() {
        outOfServiceAt.set(0);
        inServiceAt.set(0);
        addressesInService.set(0);
        lastAddressInServiceAt.set(0);
        snapshotCalls.clear();
        lastSnapshotAt.set(0);
    }

    @Override
    public void providerChangedEvent(ProvEv[] events) {
        for (ProvEv ev : events) {
            if (ev.getID() == ProvOutOfServiceEv.ID) {
                outOfServiceAt.set(System.nanoTime());
            } else if (ev.getID() == ProvInServiceEv.ID) {
                inServiceAt.set(System.nanoTime());
            }
        }
    }

    @Override
    public void addressChangedEvent(AddrEv[] events) {
        for (AddrEv ev : events) {
            if (ev.getID() == BwAddrInServiceEv.ID) {
                addressesInService.incrementAndGet();
                lastAddressInServiceAt.set(System.nanoTime());
            }
        }
    }

    @Override
    public void callChangedEvent(CallEv[] events) {
        for (CallEv ev : events) {
            if (ev.getMetaCode() == Ev.META_SNAPSHOT && ev.isNewMetaEvent()
                    && snapshotCalls.add(((BwCall) ev.getCall()).getCallId())) {
                lastSnapshotAt.set(System.nanoTime());
            }
        }
    }

    long outOfServiceAt() {
        return outOfServiceAt.get();
    }

    long inServiceAt() {
        return inServiceAt.get();
    }

    long addressesInService() {
        return addressesInService.get();
    }

    long lastAddressInServiceAt() {
        return lastAddressInServiceAt.get();
    }

    int snapshotCalls() {
        return snapshotCalls.size();
    }

    long lastSnapshotAt() {
        return lastSnapshotAt.get();
    }
}
