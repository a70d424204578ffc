package io.bwjtapi.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.provider.BwProviderImpl;
import java.time.Duration;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Provider;
import javax.telephony.Terminal;

/**
 * A provider over a fake switch with an observer application and a listener application (each one object that
 * implements every interface), for scenario tests that assert exact event sequences.
 */
public final class Harness implements AutoCloseable {
    private static final Duration QUIET = Duration.ofSeconds(10);

    /** The switch. */
    public final FakeSwitch fake;
    /** The provider. */
    public final BwProviderImpl provider;
    /** The observer application. */
    public final ObserverRecorder observer = new ObserverRecorder();
    /** The listener application. */
    public final ListenerRecorder listener = new ListenerRecorder();

    private Harness(FakeSwitch fake, BwProviderImpl provider) {
        this.fake = fake;
        this.provider = provider;
    }

    /**
     * Opens a provider over a new fake switch with the given users, adds the provider observer and listener,
     * and brings the provider in service.
     *
     * @param extra further provider string arguments (each starting with ';'), or ""
     * @param users the monitored users
     * @return the harness
     */
    public static Harness start(String extra, String... users) {
        FakeSwitch fake = FakeSwitch.create().users(users);
        BwProviderImpl provider = fake.open(extra);
        assertEquals(Provider.OUT_OF_SERVICE, provider.getState(), "a new provider is out of service");
        Harness h = new Harness(fake, provider);
        provider.addObserver(h.observer);
        provider.addProviderListener(h.listener);
        fake.start();
        h.quiet();
        assertEquals(Provider.IN_SERVICE, provider.getState());
        return h;
    }

    /**
     * Adds the observer application to the addresses and terminals (address and terminal observer, call
     * observer on both) and the listener application likewise, then forgets what was recorded so far.
     *
     * @param users the users to observe
     * @return this
     */
    public Harness observe(String... users) {
        try {
            for (String user : users) {
                Address address = provider.getAddress(user);
                Terminal terminal = provider.getTerminal("dev" + user);
                address.addObserver(observer);
                terminal.addObserver(observer);
                address.addCallObserver(observer);
                terminal.addCallObserver(observer);
                address.addAddressListener(listener);
                terminal.addTerminalListener(listener);
                address.addCallListener(listener);
                terminal.addCallListener(listener);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        quiet();
        observer.clear();
        listener.clear();
        return this;
    }

    /** Waits until every reported fact is applied and every event delivered. */
    public void quiet() {
        assertTrue(provider.awaitQuiescent(QUIET), "the provider did not become quiet");
    }

    /** @param expected the observer application's events since the last clear, exactly */
    public void expectObserver(List<String> expected) {
        quiet();
        assertEquals(String.join("\n", expected), String.join("\n", observer.events()));
        observer.clear();
    }

    /** @param expected the listener application's events since the last clear, exactly */
    public void expectListener(List<String> expected) {
        quiet();
        assertEquals(String.join("\n", expected), String.join("\n", listener.events()));
        listener.clear();
    }

    @Override
    public void close() {
        provider.shutdown();
    }
}
