package io.bwjtapi.provider.call;

import io.bwjtapi.ext.BwCall;
import io.bwjtapi.provider.capabilities.Capabilities;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.model.Attachments;
import io.bwjtapi.provider.model.ProviderCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.capabilities.CallCapabilities;

/**
 * A JTAPI call. Its identity is stable: the same object for the whole life of the call at BroadWorks, across
 * failover. The model thread changes its state and parts; any thread reads them. Call control is delegated
 * to the provider's call-control actions.
 */
public final class CallImpl implements BwCall {
    private static final Connection[] NONE = new Connection[0];

    private final ProviderCore core;
    private final long sequence;
    private final List<ConnectionImpl> connections = new ArrayList<>();
    private final Attachments<CallObserver> observers = new Attachments<>(CallObserver.class);
    private final Attachments<CallListener> listeners = new Attachments<>(CallListener.class);
    private volatile String id;
    private volatile int state = IDLE;
    private volatile boolean suspended;
    private volatile Connection[] live = NONE;
    private volatile CallInfo info = CallInfo.NONE;
    private volatile TerminalConnectionImpl transferController;
    private volatile TerminalConnectionImpl conferenceController;
    private volatile boolean transferEnable = true;
    private volatile boolean conferenceEnable = true;
    private boolean placing;
    private List<Object> sources = new ArrayList<>();

    /**
     * @param core the provider
     * @param sequence creation order, for deterministic ordering
     * @param id the stable call id, or {@code null} for an idle call created by the application
     */
    public CallImpl(ProviderCore core, long sequence, String id) {
        this.core = Objects.requireNonNull(core, "core");
        this.sequence = sequence;
        this.id = id;
    }

    @Override
    public String getCallId() {
        return id;
    }

    @Override
    public Provider getProvider() {
        return core.provider();
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public Connection[] getConnections() {
        Connection[] current = live;
        return current.length == 0 ? null : current.clone();
    }

    @Override
    public Connection[] connect(Terminal terminal, Address address, String destination) throws InvalidArgumentException,
            InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        return core.actions().connect(this, terminal, address, destination);
    }

    @Override
    public void addObserver(CallObserver observer) {
        core.observation().addObserver(this, Objects.requireNonNull(observer, "callObserver"));
    }

    @Override
    public void removeObserver(CallObserver observer) {
        core.observation().removeObserver(this, observer);
    }

    @Override
    public CallObserver[] getObservers() {
        return observers.toArray();
    }

    @Override
    public void addCallListener(CallListener listener) {
        core.observation().addCallListener(this, Objects.requireNonNull(listener, "callListener"));
    }

    @Override
    public void removeCallListener(CallListener listener) {
        core.observation().removeCallListener(this, listener);
    }

    @Override
    public CallListener[] getCallListeners() {
        return listeners.toArray();
    }

    @Override
    public CallCapabilities getCapabilities(Terminal terminal, Address address) throws InvalidArgumentException {
        return Capabilities.call(this, terminal, address);
    }

    @Override
    @Deprecated
    public CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException {
        return getCapabilities(terminal, address);
    }

    @Override
    public Address getCallingAddress() {
        return info.calling();
    }

    @Override
    public Terminal getCallingTerminal() {
        return info.callingTerminal();
    }

    @Override
    public Address getCalledAddress() {
        return info.called();
    }

    @Override
    public Address getLastRedirectedAddress() {
        return info.lastRedirected();
    }

    @Override
    public Connection addParty(String newParty) throws MethodNotSupportedException {
        return core.actions().addParty(this);
    }

    @Override
    public void conference(Call otherCall) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        core.actions().conference(this, otherCall);
    }

    @Override
    public Connection consult(TerminalConnection controller) throws MethodNotSupportedException {
        return core.actions().consultWithoutDestination(this);
    }

    @Override
    public Connection[] consult(TerminalConnection controller, String destination) throws InvalidArgumentException,
            InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        return core.actions().consult(this, controller, destination);
    }

    @Override
    public void drop() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        core.actions().drop(this);
    }

    @Override
    public Connection offHook(Address address, Terminal terminal) throws MethodNotSupportedException {
        return core.actions().offHook(this);
    }

    @Override
    public TerminalConnection getConferenceController() {
        return current(conferenceController);
    }

    @Override
    public void setConferenceController(TerminalConnection controller) throws InvalidArgumentException,
            InvalidStateException {
        conferenceController = core.actions().checkController(this, controller, "setConferenceController");
    }

    @Override
    public TerminalConnection getTransferController() {
        return current(transferController);
    }

    @Override
    public void setTransferController(TerminalConnection controller) throws InvalidArgumentException,
            InvalidStateException {
        transferController = core.actions().checkController(this, controller, "setTransferController");
    }

    @Override
    public boolean getConferenceEnable() {
        return conferenceEnable;
    }

    @Override
    public void setConferenceEnable(boolean enable) throws InvalidStateException {
        core.actions().checkIdleForEnable(this, "setConferenceEnable");
        conferenceEnable = enable;
    }

    @Override
    public boolean getTransferEnable() {
        return transferEnable;
    }

    @Override
    public void setTransferEnable(boolean enable) throws InvalidStateException {
        core.actions().checkIdleForEnable(this, "setTransferEnable");
        transferEnable = enable;
    }

    @Override
    public Connection transfer(String destination) throws InvalidArgumentException, InvalidPartyException,
            InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        return core.actions().transfer(this, destination);
    }

    @Override
    public void transfer(Call otherCall) throws InvalidArgumentException, InvalidPartyException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        core.actions().transfer(this, otherCall);
    }

    private static TerminalConnection current(TerminalConnectionImpl controller) {
        return controller == null || controller.getState() == TerminalConnection.DROPPED ? null : controller;
    }

    // ---- model side ----

    /** @return the provider */
    public ProviderCore core() {
        return core;
    }

    /** @return creation order */
    public long sequence() {
        return sequence;
    }

    /** @param newId the stable call id, set once when a placed call is bound (model thread) */
    public void bind(String newId) {
        this.id = newId;
    }

    /** @return {@code true} if the call is idle and not being placed; it now is */
    public synchronized boolean startPlacing() {
        if (placing || state != IDLE || id != null) {
            return false;
        }
        placing = true;
        return true;
    }

    /** Placing the call failed; it may be placed again. */
    public synchronized void placingFailed() {
        placing = false;
    }

    /** @return the call information now */
    public CallInfo info() {
        return info;
    }

    /** @param newInfo the call information (model thread) */
    public void info(CallInfo newInfo) {
        this.info = newInfo;
    }

    /** @param newState {@link Call#ACTIVE} or {@link Call#INVALID} (model thread) */
    public void state(int newState) {
        this.state = newState;
    }

    /** @return whether the application sees the call (not suspended during an outage, not invalid) */
    public boolean visible() {
        return !suspended && state != INVALID;
    }

    /** @return whether the call is hidden while its devices are out of service */
    public boolean suspended() {
        return suspended;
    }

    /** @param hidden whether the call is hidden while its devices are out of service (model thread) */
    public void suspended(boolean hidden) {
        this.suspended = hidden;
    }

    /** @return the sources through which callbacks followed the call after its last change (model thread) */
    public List<Object> sources() {
        return sources;
    }

    /** @param now the sources through which callbacks follow the call now (model thread) */
    public void sources(List<Object> now) {
        this.sources = now;
    }

    /** @return the observers on this call (model thread) */
    public Attachments<CallObserver> observers() {
        return observers;
    }

    /** @return the listeners on this call (model thread) */
    public Attachments<CallListener> listeners() {
        return listeners;
    }

    /**
     * @param address the connection's address
     * @param handle the switch's handle, or {@code null}
     * @return a new idle connection of this call (model thread)
     */
    public ConnectionImpl newConnection(AddressImpl address, String handle) {
        ConnectionImpl connection = new ConnectionImpl(this, address, handle);
        connections.add(connection);
        publish();
        return connection;
    }

    /**
     * @param address an address
     * @return the connection of this call at that address that is not disconnected, or {@code null}
     */
    public ConnectionImpl liveConnection(AddressImpl address) {
        for (ConnectionImpl c : connections) {
            if (c.address() == address && c.getCallControlState() != ConnectionImpl.DISCONNECTED) {
                return c;
            }
        }
        return null;
    }

    /** @return every connection the call ever had, in creation order (model thread) */
    public List<ConnectionImpl> allConnections() {
        return new ArrayList<>(connections);
    }

    /** @return the connections that are not disconnected, in creation order (model thread) */
    public List<ConnectionImpl> liveConnections() {
        List<ConnectionImpl> list = new ArrayList<>();
        for (ConnectionImpl c : connections) {
            if (c.getCallControlState() != ConnectionImpl.DISCONNECTED) {
                list.add(c);
            }
        }
        return list;
    }

    /** Recomputes {@link #getConnections()} after a connection changed (model thread). */
    public void publish() {
        live = liveConnections().toArray(NONE);
    }

    @Override
    public String toString() {
        return "Call[" + (id == null ? "idle#" + sequence : id) + "]";
    }
}
