package io.bwjtapi.tck;

import io.bwjtapi.tck.driver.DeviceServiceHooks;
import io.bwjtapi.tck.driver.EnvironmentDriver;
import io.bwjtapi.tck.driver.PartyRef;
import io.bwjtapi.tck.fixture.Await;
import io.bwjtapi.tck.fixture.EventDecoder;
import io.bwjtapi.tck.fixture.EventRecorder;
import io.bwjtapi.tck.fixture.ListenerApplication;
import io.bwjtapi.tck.fixture.ObjectIds;
import io.bwjtapi.tck.fixture.ObserverApplication;
import io.bwjtapi.tck.fixture.Transcript;
import io.bwjtapi.tck.model.LocalParty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.Address;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.JtapiPeerUnavailableException;
import javax.telephony.Provider;
import javax.telephony.Terminal;

/**
 * One provider of the implementation under test, opened against one environment, with two applications
 * attached to every local party: an {@link ObserverApplication} (JTAPI 1.2 style) and a
 * {@link ListenerApplication} (JTAPI 1.4 style). The peer is loaded by class name only.
 */
public final class TckSession implements AutoCloseable {
    private final TckSettings settings;
    private final EnvironmentDriver driver;
    private final Provider provider;
    private final ObjectIds ids = new ObjectIds();
    private final Transcript transcript = new Transcript();
    private final ObserverApplication observer;
    private final ListenerApplication listener;
    private final Map<String, LocalParty> parties = new LinkedHashMap<>();
    private final Attachments attachments;
    private final EventDecoder decoder;
    private final List<EventRecorder> extraRecorders = new ArrayList<>();

    private TckSession(TckSettings settings, EnvironmentDriver driver, Provider provider) throws Exception {
        this.settings = settings;
        this.driver = driver;
        this.provider = provider;
        DeviceServiceHooks hooks = driver.deviceService();
        this.decoder = new EventDecoder(ids, hooks);
        this.observer = new ObserverApplication(new EventRecorder("observer", decoder));
        this.listener = new ListenerApplication(new EventRecorder("listener", decoder));
        List<Address> addresses = new ArrayList<>();
        for (PartyRef ref : driver.parties()) {
            Address address = PartyLookup.address(provider, ref);
            Terminal terminal = PartyLookup.terminal(address);
            addresses.add(address);
            parties.put(ref.id(), new LocalParty(ref.id(), address.getName(), terminal.getName()));
        }
        this.attachments = Attachments.attach(provider, addresses, observer, listener, hooks);
        transcript.note("opened " + provider.getName() + " with parties " + parties.values());
    }

    /**
     * Opens a provider of the configured peer against {@code driver} and waits until it is in service.
     *
     * @throws ProviderUnavailable when the peer class is missing or refuses to open a provider
     */
    public static TckSession open(TckSettings settings, EnvironmentDriver driver) throws Exception {
        Provider provider;
        try {
            JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(settings.jtapiPeer());
            provider = peer.getProvider(settings.providerStringFor(driver));
        } catch (JtapiPeerUnavailableException e) {
            throw new ProviderUnavailable("JtapiPeer " + settings.jtapiPeer() + " is not available: " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            throw new ProviderUnavailable(settings.jtapiPeer() + " could not open a provider against "
                    + driver + ": " + e, e);
        }
        try {
            Await.until(driver.recoveryTimeout(), "provider " + provider.getName() + " IN_SERVICE",
                    () -> provider.getState() == Provider.IN_SERVICE, () -> "state " + provider.getState());
            return new TckSession(settings, driver, provider);
        } catch (Exception | AssertionError e) {
            provider.shutdown();
            throw e;
        }
    }

    public TckSettings settings() {
        return settings;
    }

    public EnvironmentDriver driver() {
        return driver;
    }

    public Provider provider() {
        return provider;
    }

    public ObjectIds ids() {
        return ids;
    }

    public Transcript transcript() {
        return transcript;
    }

    public ObserverApplication observer() {
        return observer;
    }

    public ListenerApplication listener() {
        return listener;
    }

    /** The local parties by driver id, with the names the implementation gave them. */
    public Map<String, LocalParty> parties() {
        return parties;
    }

    /** What the applications registered, for checking that the registrations survive. */
    public Attachments attachments() {
        return attachments;
    }

    /** A recorder for a further application (a late observer, say) whose events join the transcript. */
    public synchronized EventRecorder newRecorder(String application) {
        EventRecorder recorder = new EventRecorder(application, decoder);
        extraRecorders.add(recorder);
        return recorder;
    }

    /** The transcript of the session so far: notes and every application's events. */
    public synchronized String renderTranscript() {
        List<EventRecorder> all = new ArrayList<>(List.of(observer.recorder(), listener.recorder()));
        all.addAll(extraRecorders);
        return transcript.render(all);
    }

    /** Shuts the provider down; the driver is closed by its owner. */
    @Override
    public void close() {
        provider.shutdown();
    }
}
