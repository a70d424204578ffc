package io.bwjtapi.provider.call;

import io.bwjtapi.provider.capabilities.Capabilities;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import io.bwjtapi.provider.domain.Unsupported;
import io.bwjtapi.provider.spi.ConnectionRef;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.capabilities.ConnectionCapabilities;

/**
 * A JTAPI connection: one address's part in a call, with its call-control state (the core state follows from
 * it). The model thread changes it; any thread reads it.
 */
public final class ConnectionImpl implements CallControlConnection {
    private static final TerminalConnection[] NONE = new TerminalConnection[0];

    private final CallImpl call;
    private final AddressImpl address;
    private final List<TerminalConnectionImpl> terminalConnections = new ArrayList<>();
    private volatile String handle;
    private volatile int state = IDLE;
    private volatile TerminalConnection[] live = NONE;

    ConnectionImpl(CallImpl call, AddressImpl address, String handle) {
        this.call = call;
        this.address = address;
        this.handle = handle;
    }

    @Override
    public Call getCall() {
        return call;
    }

    @Override
    public Address getAddress() {
        return address;
    }

    @Override
    public int getState() {
        return States.coreOfConnection(state);
    }

    @Override
    public int getCallControlState() {
        return state;
    }

    @Override
    public TerminalConnection[] getTerminalConnections() {
        TerminalConnection[] current = live;
        return current.length == 0 ? null : current.clone();
    }

    @Override
    public ConnectionCapabilities getCapabilities() {
        return Capabilities.connection(this);
    }

    @Override
    @Deprecated
    public ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address ignored) {
        return getCapabilities();
    }

    @Override
    public void disconnect() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        call.core().actions().disconnect(this);
    }

    @Override
    public Connection redirect(String destination) throws InvalidPartyException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        return call.core().actions().redirect(this, destination);
    }

    @Override
    public void accept() throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks(
                "CallControlConnection.accept (BroadWorks does not offer calls before alerting)");
    }

    @Override
    public void reject() throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks("CallControlConnection.reject (BroadWorks does not offer calls before "
                + "alerting; disconnect() declines an alerting call)");
    }

    @Override
    public void addToAddress(String additionalDigits) throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks("CallControlConnection.addToAddress (BroadWorks places calls with the complete "
                + "number only)");
    }

    @Override
    public Connection park(String destination) throws MethodNotSupportedException {
        throw Unsupported.notProvided("CallControlConnection.park");
    }

    // ---- model side ----

    /** @return the call */
    public CallImpl call() {
        return call;
    }

    /** @return the address */
    public AddressImpl address() {
        return address;
    }

    /** @return the switch's handle, or {@code null} */
    public String handle() {
        return handle;
    }

    /** @param newHandle the switch's handle (model thread) */
    public void handle(String newHandle) {
        this.handle = newHandle;
    }

    /** @param newState the new call-control state (model thread) */
    public void state(int newState) {
        this.state = newState;
    }

    /** @return the reference commands use for this connection */
    public ConnectionRef ref() {
        return new ConnectionRef(call.getCallId(), address.getName(), handle);
    }

    /**
     * @param terminal a terminal of the address
     * @return a new idle terminal connection (model thread)
     */
    public TerminalConnectionImpl newTerminalConnection(TerminalImpl terminal) {
        TerminalConnectionImpl tc = new TerminalConnectionImpl(this, terminal);
        terminalConnections.add(tc);
        publish();
        return tc;
    }

    /** @param terminal a terminal @return its terminal connection that is not dropped, or {@code null} */
    public TerminalConnectionImpl liveTerminalConnection(TerminalImpl terminal) {
        for (TerminalConnectionImpl tc : terminalConnections) {
            if (tc.terminal() == terminal && tc.getCallControlState() != TerminalConnectionImpl.DROPPED) {
                return tc;
            }
        }
        return null;
    }

    /** @return the terminal connections that are not dropped (model thread) */
    public List<TerminalConnectionImpl> liveTerminalConnections() {
        List<TerminalConnectionImpl> list = new ArrayList<>();
        for (TerminalConnectionImpl tc : terminalConnections) {
            if (tc.getCallControlState() != TerminalConnectionImpl.DROPPED) {
                list.add(tc);
            }
        }
        return list;
    }

    /** Recomputes {@link #getTerminalConnections()} (model thread). */
    public void publish() {
        live = liveTerminalConnections().toArray(NONE);
    }

    @Override
    public String toString() {
        return "Connection[" + address.getName() + " in " + call + "]";
    }
}
