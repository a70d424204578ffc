package io.bwjtapi.provider.call;

import io.bwjtapi.ext.BwTerminalConnection;
import io.bwjtapi.provider.capabilities.Capabilities;
import io.bwjtapi.provider.domain.TerminalImpl;
import io.bwjtapi.provider.domain.Unsupported;
import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * A JTAPI terminal connection: one device's part in a connection, with its call-control state. The model
 * thread changes it; any thread reads it.
 */
public final class TerminalConnectionImpl implements BwTerminalConnection {
    private final ConnectionImpl connection;
    private final TerminalImpl terminal;
    private volatile int state = IDLE;
    private volatile boolean answerAllowed = true;

    TerminalConnectionImpl(ConnectionImpl connection, TerminalImpl terminal) {
        this.connection = connection;
        this.terminal = terminal;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public Terminal getTerminal() {
        return terminal;
    }

    @Override
    public int getState() {
        return States.coreOfTerminalConnection(state);
    }

    @Override
    public int getCallControlState() {
        return state;
    }

    @Override
    public TerminalConnectionCapabilities getCapabilities() {
        return Capabilities.terminalConnection(this);
    }

    @Override
    @Deprecated
    public TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal ignored, Address alsoIgnored) {
        return getCapabilities();
    }

    @Override
    public void answer() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        actions().answer(this);
    }

    @Override
    public void hold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        actions().hold(this);
    }

    @Override
    public void unhold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        actions().unhold(this);
    }

    @Override
    public void join() throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks("CallControlTerminalConnection.join (bridged appearances are not reported)");
    }

    @Override
    public void leave() throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks("CallControlTerminalConnection.leave (bridged appearances are not reported)");
    }

    @Override
    public void generateDtmf(String digits) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        actions().generateDtmf(this, digits);
    }

    private io.bwjtapi.provider.internal.CallActions actions() {
        return connection.call().core().actions();
    }

    // ---- model side ----

    /** @return the connection */
    public ConnectionImpl connection() {
        return connection;
    }

    /** @return the terminal */
    public TerminalImpl terminal() {
        return terminal;
    }

    /** @param newState the new call-control state (model thread) */
    public void state(int newState) {
        this.state = newState;
    }

    /** @return whether the switch accepts an answer request while it rings */
    public boolean answerAllowed() {
        return answerAllowed;
    }

    /** @param allowed whether the switch accepts an answer request while it rings (model thread) */
    public void answerAllowed(boolean allowed) {
        this.answerAllowed = allowed;
    }

    @Override
    public String toString() {
        return "TerminalConnection[" + terminal.getName() + " in " + connection.call() + "]";
    }
}
