package io.bwjtapi.samples;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.JtapiPeerUnavailableException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ProviderObserver;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;

/**
 * Opens a provider the way Cisco-style JTAPI applications do: get the peer by name, get the provider with the
 * provider string, add a {@link ProviderObserver} and wait for {@link ProvInServiceEv} before touching addresses.
 */
public final class ProviderOpener {
    private ProviderOpener() {
    }

    /**
     * @param peerName the JtapiPeer class name, e.g. {@code io.bwjtapi.BwJtapiPeer}; empty for {@code DefaultJtapiPeer}
     * @param providerString the provider string, e.g. {@code xsp1,xsp2;login=...;passwd=...}
     * @param timeoutSeconds how long to wait for the provider to come in service
     * @return the provider, in service
     * @throws JtapiPeerUnavailableException when the peer class is not on the class path
     * @throws ResourceUnavailableException when the provider cannot take an observer
     * @throws MethodNotSupportedException when the provider does not support observers
     * @throws IllegalStateException when the provider does not come in service in time (it is shut down)
     * @throws InterruptedException when interrupted while waiting
     */
    public static Provider openInService(String peerName, String providerString, long timeoutSeconds)
            throws JtapiPeerUnavailableException, ResourceUnavailableException, MethodNotSupportedException,
            InterruptedException {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(peerName);
        Provider provider = peer.getProvider(providerString);
        CountDownLatch inService = new CountDownLatch(1);
        ProviderObserver waiter = events -> {
            for (ProvEv ev : events) {
                if (ev.getID() == ProvInServiceEv.ID) {
                    inService.countDown();
                }
            }
        };
        provider.addObserver(waiter);
        // The provider may have come in service before the observer was added.
        boolean ready = provider.getState() == Provider.IN_SERVICE || inService.await(timeoutSeconds, TimeUnit.SECONDS);
        provider.removeObserver(waiter);
        if (!ready) {
            provider.shutdown();
            throw new IllegalStateException("The provider did not come in service within " + timeoutSeconds + " s");
        }
        return provider;
    }

    /**
     * @param args the command line
     * @param index the argument wanted
     * @param usage the usage text shown when it is missing
     * @return the argument
     */
    public static String argument(String[] args, int index, String usage) {
        if (args.length <= index) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        return args[index];
    }
}
