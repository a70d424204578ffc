package io.bwjtapi.samples.monitor;

import io.bwjtapi.samples.ProviderOpener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import javax.telephony.Address;
import javax.telephony.AddressObserver;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ProviderObserver;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.TermEv;

/**
 * A Cisco-style monitor: one object that is the provider's observer, every address's observer and call observer
 * ({@link CallControlCallObserver}, so it also gets the call-control events) and every terminal's observer, and
 * prints every event it receives, including events it does not know such as the vendor's service-state
 * extension events.
 * <p>
 * Run it with {@code java ... io.bwjtapi.samples.monitor.ObserverMonitor <peer> "<provider string>" [--listeners]};
 * {@code --listeners} adds a {@link ListenerMonitor} so that the JTAPI 1.4 listener events are printed too. It
 * stops on Enter (or Ctrl-C).
 */
public final class ObserverMonitor implements ProviderObserver, AddressObserver, TerminalObserver,
        CallControlCallObserver {
    private static final String USAGE = "ObserverMonitor <peer class name> \"<provider string>\" [--listeners]";

    private final MonitorOutput out;
    private final EventFormat format;

    /**
     * @param out where the events go
     * @param format the line format (share one with a {@link ListenerMonitor} so that calls get the same names)
     */
    public ObserverMonitor(MonitorOutput out, EventFormat format) {
        this.out = out;
        this.format = format;
    }

    /**
     * Observes the provider and every address and terminal it has. Observers stay registered across failovers,
     * so this is done once.
     *
     * @param provider an in-service provider
     * @throws ResourceUnavailableException when the provider cannot list its devices
     * @throws MethodNotSupportedException when the provider does not support observers
     */
    public void observe(Provider provider) throws ResourceUnavailableException, MethodNotSupportedException {
        provider.addObserver(this);
        Address[] addresses = provider.getAddresses();
        for (Address address : addresses == null ? new Address[0] : addresses) {
            address.addObserver(this);
            address.addCallObserver(this);
        }
        Terminal[] terminals = provider.getTerminals();
        for (Terminal terminal : terminals == null ? new Terminal[0] : terminals) {
            terminal.addObserver(this);
        }
    }

    @Override
    public void providerChangedEvent(ProvEv[] events) {
        print(events);
    }

    @Override
    public void addressChangedEvent(AddrEv[] events) {
        print(events);
    }

    @Override
    public void terminalChangedEvent(TermEv[] events) {
        print(events);
    }

    @Override
    public void callChangedEvent(CallEv[] events) {
        print(events);
    }

    private void print(Ev[] events) {
        for (Ev ev : events) {
            out.observed(format.line(ev), ev);
        }
    }

    /**
     * Monitors a provider until Enter is pressed.
     *
     * @param args peer class name, provider string, optionally {@code --listeners}
     * @throws Exception when the provider cannot be opened
     */
    public static void main(String[] args) throws Exception {
        String peer = ProviderOpener.argument(args, 0, USAGE);
        String providerString = ProviderOpener.argument(args, 1, USAGE);
        boolean listeners = args.length > 2 && "--listeners".equals(args[2]);
        Provider provider = ProviderOpener.openInService(peer, providerString, 60);
        Runtime.getRuntime().addShutdownHook(new Thread(provider::shutdown));
        MonitorOutput out = MonitorOutput.printingTo(System.out);
        EventFormat format = new EventFormat();
        new ObserverMonitor(out, format).observe(provider);
        if (listeners) {
            new ListenerMonitor(out, format).listen(provider);
        }
        Address[] addresses = provider.getAddresses();
        System.out.println("Monitoring " + (addresses == null ? 0 : addresses.length) + " addresses of "
                + provider.getName() + "; press Enter to stop");
        waitForEnter();
        provider.shutdown();
    }

    private static void waitForEnter() throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (in.readLine() == null) {
            // No console (e.g. started in the background): run until the process is stopped.
            Thread.currentThread().join();
        }
    }
}
