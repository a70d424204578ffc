package io.bwjtapi.provider.capabilities;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;

/**
 * What bwjtapi can do, as the JTAPI capability objects report it. The static capabilities say which methods
 * work at all (a method whose static capability is {@code false} throws {@code MethodNotSupportedException}):
 * placing calls, answer, hold, unhold, disconnect (decline when alerting), redirect, blind and consultation
 * transfer, consultation with a destination, conference, drop and observing everything. Not offered:
 * accept/reject (BroadWorks does not offer calls before alerting), addToAddress, offHook, consult without a
 * destination, addParty, join/leave, park, pickup, forwarding, do-not-disturb and message waiting. The dynamic
 * capabilities add the current state: the provider and device in service and the object in a suitable state.
 */
public final class Capabilities {
    /** Static provider capabilities. */
    public static final ProviderCapabilities PROVIDER = new CapabilityValues.OfProvider(true);
    /** Static address capabilities. */
    public static final CallControlAddressCapabilities ADDRESS = new CapabilityValues.OfAddress(true);
    /** Static terminal capabilities. */
    public static final CallControlTerminalCapabilities TERMINAL = new CapabilityValues.OfTerminal(true);
    /** Static call capabilities. */
    public static final CallControlCallCapabilities CALL = new CapabilityValues.OfCall(true, true, true);
    /** Static connection capabilities. */
    public static final CallControlConnectionCapabilities CONNECTION = new CapabilityValues.OfConnection(true, true);
    /** Static terminal connection capabilities. */
    public static final CallControlTerminalConnectionCapabilities TERMINAL_CONNECTION =
            new CapabilityValues.OfTerminalConnection(true, true, true);

    private Capabilities() {
    }

    /** @param state the provider's state @return its dynamic capabilities */
    public static ProviderCapabilities provider(int state) {
        return new CapabilityValues.OfProvider(state != Provider.SHUTDOWN);
    }

    /** @param address an address @return its dynamic capabilities */
    public static CallControlAddressCapabilities address(AddressImpl address) {
        return new CapabilityValues.OfAddress(address.isLocal() && !address.closed());
    }

    /** @param terminal a terminal @return its dynamic capabilities */
    public static CallControlTerminalCapabilities terminal(TerminalImpl terminal) {
        return new CapabilityValues.OfTerminal(!terminal.address().closed());
    }

    /**
     * @param call a call
     * @param terminal the terminal asked about
     * @param address the address asked about
     * @return the call's dynamic capabilities from that terminal and address
     * @throws InvalidArgumentException if the terminal or address does not belong to the call's provider
     */
    public static CallControlCallCapabilities call(CallImpl call, Terminal terminal, Address address)
            throws InvalidArgumentException {
        if (terminal != null && terminal.getProvider() != call.getProvider()
                || address != null && address.getProvider() != call.getProvider()) {
            throw new InvalidArgumentException("the terminal or address belongs to another provider");
        }
        boolean inService = call.getProvider().getState() == Provider.IN_SERVICE;
        boolean related = terminal instanceof TerminalImpl && ((TerminalImpl) terminal).address() == address
                && ((TerminalImpl) terminal).address().inService();
        boolean idle = call.getState() == Call.IDLE;
        return new CapabilityValues.OfCall(inService && idle && related, inService && call.getState() == Call.ACTIVE,
                inService && idle);
    }

    /** @param connection a connection @return its dynamic capabilities */
    public static CallControlConnectionCapabilities connection(ConnectionImpl connection) {
        boolean controllable = connection.address().isLocal() && connection.address().inService()
                && connection.getCall().getProvider().getState() == Provider.IN_SERVICE;
        int state = connection.getState();
        boolean disconnect = controllable && (state == Connection.CONNECTED || state == Connection.ALERTING
                || state == Connection.INPROGRESS || state == Connection.FAILED);
        int cc = connection.getCallControlState();
        boolean redirect = controllable
                && (cc == CallControlConnection.ALERTING || cc == CallControlConnection.OFFERED);
        return new CapabilityValues.OfConnection(disconnect, redirect);
    }

    /** @param tc a terminal connection @return its dynamic capabilities */
    public static CallControlTerminalConnectionCapabilities terminalConnection(TerminalConnectionImpl tc) {
        boolean controllable = tc.connection().address().inService()
                && tc.getTerminal().getProvider().getState() == Provider.IN_SERVICE;
        int cc = tc.getCallControlState();
        boolean answer = controllable && tc.getState() == TerminalConnection.RINGING && tc.answerAllowed()
                && tc.getConnection().getState() == Connection.ALERTING;
        boolean hold = controllable && cc == CallControlTerminalConnection.TALKING;
        boolean unhold = controllable && cc == CallControlTerminalConnection.HELD;
        return new CapabilityValues.OfTerminalConnection(answer, hold, unhold);
    }
}
