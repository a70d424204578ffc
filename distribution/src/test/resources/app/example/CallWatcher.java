package example;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.ProviderObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.events.CallCtlConnEstablishedEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;

/**
 * An existing JTAPI application, compiled against javax.telephony alone: it opens the provider named by the
 * peer and provider string, waits for it to come in service, watches one address and reports when a call there
 * is established, then shuts the provider down and returns from main (the JVM must then exit by itself).
 * Arguments: peer class name ("" for the default peer), provider string, address.
 */
public final class CallWatcher {
    public static void main(String[] args) throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(args[0].isEmpty() ? null : args[0]);
        System.out.println("PEER " + peer.getName());
        Provider provider = peer.getProvider(args[1]);
        CountDownLatch inService = new CountDownLatch(1);
        provider.addObserver((ProviderObserver) events -> {
            for (ProvEv ev : events) {
                if (ev.getID() == ProvInServiceEv.ID) {
                    inService.countDown();
                }
            }
        });
        if (provider.getState() != Provider.IN_SERVICE && !inService.await(30, TimeUnit.SECONDS)) {
            System.out.println("NOT IN SERVICE");
            provider.shutdown();
            return;
        }
        Address address = provider.getAddress(args[2]);
        CountDownLatch established = new CountDownLatch(1);
        address.addCallObserver((CallControlCallObserver) events -> {
            for (CallEv ev : events) {
                if (ev.getID() == CallCtlConnEstablishedEv.ID
                        && ((ConnEv) ev).getConnection().getAddress().equals(address)) {
                    established.countDown();
                }
            }
        });
        System.out.println("READY " + address.getName());
        if (established.await(30, TimeUnit.SECONDS)) {
            System.out.println("ESTABLISHED " + address.getName());
        }
        provider.shutdown();
        System.out.println("DONE");
    }
}
