package io.bwjtapi.provider.domain;

import io.bwjtapi.ext.BwAddress;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.capabilities.Capabilities;
import io.bwjtapi.provider.model.ProviderCore;
import io.bwjtapi.provider.model.Subscribers;
import io.bwjtapi.provider.spi.ServiceCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.capabilities.AddressCapabilities;

/**
 * A JTAPI address: a monitored BroadWorks user of the domain (local), or a party met in a call (remote).
 * Local addresses carry the device's service state; the model thread changes it, any thread reads it.
 */
public final class AddressImpl extends CallSource implements BwAddress {
    private final String name;
    private final TerminalImpl terminal;
    private final Subscribers<AddressObserver> observers = new Subscribers<>(AddressObserver.class);
    private final Subscribers<AddressListener> listeners = new Subscribers<>(AddressListener.class);
    private final List<ConnectionImpl> connections = new ArrayList<>();
    private volatile Connection[] liveConnections = new Connection[0];
    private volatile int state = OUT_OF_SERVICE;
    private volatile ServiceCause cause = ServiceCause.NOT_YET_SYNCHRONISED;
    private volatile boolean closed;

    AddressImpl(ProviderCore core, String name, String terminalName) {
        super(core);
        this.name = Objects.requireNonNull(name, "name");
        this.terminal = terminalName == null ? null : new TerminalImpl(core, terminalName, this);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLocal() {
        return terminal != null;
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public Terminal[] getTerminals() {
        return terminal == null ? null : new Terminal[] {terminal};
    }

    /** @return the address's terminal, or {@code null} for a remote address */
    public TerminalImpl terminal() {
        return terminal;
    }

    @Override
    public Connection[] getConnections() {
        Connection[] current = liveConnections;
        return current.length == 0 ? null : current.clone();
    }

    @Override
    public void addObserver(AddressObserver observer) throws MethodNotSupportedException {
        checkObservable("addObserver");
        core().observation().addAddressObserver(this, Objects.requireNonNull(observer, "addressObserver"));
    }

    @Override
    public void removeObserver(AddressObserver observer) {
        core().observation().removeAddressObserver(this, observer);
    }

    @Override
    public AddressObserver[] getObservers() {
        return observers.toArray();
    }

    @Override
    public void addAddressListener(AddressListener listener) throws MethodNotSupportedException {
        checkObservable("addAddressListener");
        core().observation().addAddressListener(this, Objects.requireNonNull(listener, "addressListener"));
    }

    @Override
    public void removeAddressListener(AddressListener listener) {
        core().observation().removeAddressListener(this, listener);
    }

    @Override
    public AddressListener[] getAddressListeners() {
        return listeners.toArray();
    }

    @Override
    public AddressCapabilities getCapabilities() {
        return Capabilities.address(this);
    }

    @Override
    @Deprecated
    public AddressCapabilities getAddressCapabilities(Terminal ignored) {
        return getCapabilities();
    }

    @Override
    public void cancelForwarding() throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlAddress.cancelForwarding");
    }

    @Override
    public boolean getDoNotDisturb() throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlAddress.getDoNotDisturb");
    }

    @Override
    public CallControlForwarding[] getForwarding() throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlAddress.getForwarding");
    }

    @Override
    public boolean getMessageWaiting() throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlAddress.getMessageWaiting");
    }

    @Override
    public void setDoNotDisturb(boolean enable) throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlAddress.setDoNotDisturb");
    }

    @Override
    public void setForwarding(CallControlForwarding[] instructions) throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlAddress.setForwarding");
    }

    @Override
    public void setMessageWaiting(boolean enable) throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlAddress.setMessageWaiting");
    }

    @Override
    void checkObservable(String what) throws MethodNotSupportedException {
        if (!isLocal()) {
            throw Unsupported.remote("Address." + what, name);
        }
    }

    @Override
    public AddressImpl device() {
        return this;
    }

    // ---- model thread ----

    /** @return the address observers (model thread) */
    public Subscribers<AddressObserver> observers() {
        return observers;
    }

    /** @return the address listeners (model thread) */
    public Subscribers<AddressListener> listeners() {
        return listeners;
    }

    /** @return whether the device is in service */
    public boolean inService() {
        return state == IN_SERVICE;
    }

    /** @return why the device is out of service (meaningless while in service) */
    public ServiceCause cause() {
        return cause;
    }

    /** @return whether the device can no longer be observed */
    public boolean closed() {
        return closed;
    }

    /**
     * @param inService the new service state
     * @param why why (kept while out of service)
     */
    public void serviceState(boolean inService, ServiceCause why) {
        this.cause = why;
        this.state = inService ? IN_SERVICE : OUT_OF_SERVICE;
    }

    /** Marks the device as no longer observable, for good. */
    public void close() {
        closed = true;
        state = OUT_OF_SERVICE;
    }

    /** @param connection a connection that now takes part in a call at this address */
    public void connectionAdded(ConnectionImpl connection) {
        connections.add(connection);
        publish();
    }

    /** @param connection a connection that left, or whose call is no longer visible */
    public void connectionRemoved(ConnectionImpl connection) {
        if (connections.remove(connection)) {
            publish();
        }
    }

    /** @return the connections at this address that the model tracks (model thread) */
    public List<ConnectionImpl> trackedConnections() {
        return new ArrayList<>(connections);
    }

    /** Recomputes {@link #getConnections()} after a call's visibility changed. */
    public void publish() {
        List<Connection> visible = new ArrayList<>();
        for (ConnectionImpl c : connections) {
            if (c.call().visible()) {
                visible.add(c);
            }
        }
        liveConnections = visible.toArray(new Connection[0]);
    }

    @Override
    public String toString() {
        return "Address[" + name + (isLocal() ? "" : ", remote") + "]";
    }
}
