import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.AddressObserver;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.ProviderObserver;
import javax.telephony.Terminal;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnEstablishedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnDroppedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnHeldEv;
import javax.telephony.callcontrol.events.CallCtlTermConnRingingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnTalkingEv;
import javax.telephony.events.AddrEv;
import javax.telephony.events.AddrObservationEndedEv;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.ProvObservationEndedEv;
import javax.telephony.events.ProvShutdownEv;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;
import javax.telephony.events.TermObservationEndedEv;

/**
 * A monitoring application written the way Cisco Unified JTAPI applications are: JTAPI 1.2 observers only,
 * events recognised by their ID, the provider awaited IN_SERVICE before addresses are observed. It knows
 * nothing but javax.telephony and the peer's class name.
 */
public final class CiscoStyleMonitor implements ProviderObserver, AddressObserver, TerminalObserver,
        CallControlCallObserver {
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch inService = new CountDownLatch(1);
    private Provider provider;

    /** Opens the provider and observes the addresses and terminals named; returns once they are observed. */
    public void start(String peerName, String providerString, String[] addresses) throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(peerName);
        provider = peer.getProvider(providerString);
        provider.addObserver(this);
        if (!inService.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("provider not in service");
        }
        for (String name : addresses) {
            Address address = provider.getAddress(name);
            address.addObserver(this);
            address.addCallObserver(this);
            for (Terminal terminal : address.getTerminals()) {
                terminal.addObserver(this);
            }
        }
    }

    /** Shuts the provider down. */
    public void stop() {
        provider.shutdown();
    }

    /** @return what the application saw */
    public List<String> log() {
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    @Override
    public void providerChangedEvent(ProvEv[] events) {
        for (ProvEv ev : events) {
            switch (ev.getID()) {
                case ProvInServiceEv.ID:
                    log.add("provider in service");
                    inService.countDown();
                    break;
                case ProvShutdownEv.ID:
                    log.add("provider shut down");
                    break;
                case ProvObservationEndedEv.ID:
                    log.add("provider observation ended");
                    break;
                default:
                    log.add("provider event " + ev.getID());
            }
        }
    }

    @Override
    public void addressChangedEvent(AddrEv[] events) {
        for (AddrEv ev : events) {
            log.add("address " + ev.getAddress().getName()
                    + (ev.getID() == AddrObservationEndedEv.ID ? " observation ended" : " event " + ev.getID()));
        }
    }

    @Override
    public void terminalChangedEvent(TermEv[] events) {
        for (TermEv ev : events) {
            log.add("terminal " + ev.getTerminal().getName()
                    + (ev.getID() == TermObservationEndedEv.ID ? " observation ended" : " event " + ev.getID()));
        }
    }

    @Override
    public void callChangedEvent(CallEv[] events) {
        for (CallEv ev : events) {
            switch (ev.getID()) {
                case CallActiveEv.ID:
                    log.add("call active");
                    break;
                case CallCtlConnAlertingEv.ID:
                    log.add(party(ev) + " alerting");
                    break;
                case CallCtlConnEstablishedEv.ID:
                    log.add(party(ev) + " established");
                    break;
                case CallCtlConnDisconnectedEv.ID:
                    log.add(party(ev) + " disconnected");
                    break;
                case CallCtlTermConnRingingEv.ID:
                    log.add(device(ev) + " ringing");
                    break;
                case CallCtlTermConnTalkingEv.ID:
                    log.add(device(ev) + " talking");
                    break;
                case CallCtlTermConnHeldEv.ID:
                    log.add(device(ev) + " held");
                    break;
                case CallCtlTermConnDroppedEv.ID:
                    log.add(device(ev) + " dropped");
                    break;
                case CallInvalidEv.ID:
                    log.add("call invalid");
                    break;
                case CallObservationEndedEv.ID:
                    log.add("call observation ended");
                    break;
                default:
                    break; // core events repeat the call-control ones for this application
            }
        }
    }

    private static String party(CallEv ev) {
        return "connection " + ((ConnEv) ev).getConnection().getAddress().getName();
    }

    private static String device(CallEv ev) {
        return "terminal connection " + ((TermConnEv) ev).getTerminalConnection().getTerminal().getName();
    }
}
