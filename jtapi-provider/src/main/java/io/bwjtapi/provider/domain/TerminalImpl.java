package io.bwjtapi.provider.domain;

import io.bwjtapi.ext.BwTerminal;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.capabilities.Capabilities;
import io.bwjtapi.provider.model.ProviderCore;
import io.bwjtapi.provider.model.Subscribers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.capabilities.TerminalCapabilities;

/**
 * A JTAPI terminal: the device of a monitored BroadWorks user. Its service state is its address's (BroadWorks
 * reports the user and the device together).
 */
public final class TerminalImpl extends CallSource implements BwTerminal {
    private final String name;
    private final AddressImpl address;
    private final Subscribers<TerminalObserver> observers = new Subscribers<>(TerminalObserver.class);
    private final Subscribers<TerminalListener> listeners = new Subscribers<>(TerminalListener.class);
    private final List<TerminalConnectionImpl> terminalConnections = new ArrayList<>();
    private volatile TerminalConnection[] visible = new TerminalConnection[0];

    TerminalImpl(ProviderCore core, String name, AddressImpl address) {
        super(core);
        this.name = Objects.requireNonNull(name, "name");
        this.address = address;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getState() {
        return address.getState();
    }

    @Override
    public Address[] getAddresses() {
        return new Address[] {address};
    }

    /** @return the terminal's address */
    public AddressImpl address() {
        return address;
    }

    @Override
    public AddressImpl device() {
        return address;
    }

    @Override
    void checkObservable(String what) {
        // every terminal of the domain can be observed
    }

    @Override
    public TerminalConnection[] getTerminalConnections() {
        TerminalConnection[] current = visible;
        return current.length == 0 ? null : current.clone();
    }

    @Override
    public void addObserver(TerminalObserver observer) {
        core().observation().addTerminalObserver(this, Objects.requireNonNull(observer, "terminalObserver"));
    }

    @Override
    public void removeObserver(TerminalObserver observer) {
        core().observation().removeTerminalObserver(this, observer);
    }

    @Override
    public TerminalObserver[] getObservers() {
        return observers.toArray();
    }

    @Override
    public void addTerminalListener(TerminalListener listener) {
        core().observation().addTerminalListener(this, Objects.requireNonNull(listener, "terminalListener"));
    }

    @Override
    public void removeTerminalListener(TerminalListener listener) {
        core().observation().removeTerminalListener(this, listener);
    }

    @Override
    public TerminalListener[] getTerminalListeners() {
        return listeners.toArray();
    }

    @Override
    public TerminalCapabilities getCapabilities() {
        return Capabilities.terminal(this);
    }

    @Override
    @Deprecated
    public TerminalCapabilities getTerminalCapabilities(Terminal terminal, Address ignored) {
        return getCapabilities();
    }

    @Override
    public boolean getDoNotDisturb() throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlTerminal.getDoNotDisturb");
    }

    @Override
    public void setDoNotDisturb(boolean enable) throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlTerminal.setDoNotDisturb");
    }

    @Override
    public TerminalConnection pickup(Address pickupAddress, Address terminalAddress)
            throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlTerminal.pickup");
    }

    @Override
    public TerminalConnection pickup(Connection pickupConnection, Address terminalAddress)
            throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlTerminal.pickup");
    }

    @Override
    public TerminalConnection pickup(TerminalConnection pickupTerminalConnection, Address terminalAddress)
            throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlTerminal.pickup");
    }

    @Override
    public TerminalConnection pickupFromGroup(String pickupGroup, Address terminalAddress)
            throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlTerminal.pickupFromGroup");
    }

    @Override
    public TerminalConnection pickupFromGroup(Address terminalAddress) throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlTerminal.pickupFromGroup");
    }

    // ---- model thread ----

    /** @return the terminal observers (model thread) */
    public Subscribers<TerminalObserver> observers() {
        return observers;
    }

    /** @return the terminal listeners (model thread) */
    public Subscribers<TerminalListener> listeners() {
        return listeners;
    }

    /** @param tc a terminal connection that now takes part in a call at this terminal */
    public void terminalConnectionAdded(TerminalConnectionImpl tc) {
        terminalConnections.add(tc);
        publish();
    }

    /** @param tc a terminal connection that was dropped */
    public void terminalConnectionRemoved(TerminalConnectionImpl tc) {
        if (terminalConnections.remove(tc)) {
            publish();
        }
    }

    /** Recomputes {@link #getTerminalConnections()} after a call's visibility changed. */
    public void publish() {
        List<TerminalConnection> list = new ArrayList<>();
        for (TerminalConnectionImpl tc : terminalConnections) {
            if (tc.connection().call().visible()) {
                list.add(tc);
            }
        }
        visible = list.toArray(new TerminalConnection[0]);
    }

    @Override
    public String toString() {
        return "Terminal[" + name + "]";
    }
}
