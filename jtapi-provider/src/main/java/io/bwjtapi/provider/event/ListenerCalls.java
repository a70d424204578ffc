package io.bwjtapi.provider.event;

import io.bwjtapi.ext.BwAddressEvent;
import io.bwjtapi.ext.BwAddressListener;
import io.bwjtapi.ext.BwTerminalEvent;
import io.bwjtapi.ext.BwTerminalListener;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.ConnectionListener;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalConnectionListener;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/** Maps states to listener event IDs and calls the listener method that matches an event's ID. */
public final class ListenerCalls {
    private ListenerCalls() {
    }

    static int coreConnectionId(int state) {
        switch (state) {
            case Connection.INPROGRESS: return ConnectionEvent.CONNECTION_IN_PROGRESS;
            case Connection.ALERTING: return ConnectionEvent.CONNECTION_ALERTING;
            case Connection.CONNECTED: return ConnectionEvent.CONNECTION_CONNECTED;
            case Connection.DISCONNECTED: return ConnectionEvent.CONNECTION_DISCONNECTED;
            case Connection.FAILED: return ConnectionEvent.CONNECTION_FAILED;
            default: return ConnectionEvent.CONNECTION_UNKNOWN;
        }
    }

    static int callControlConnectionId(int state) {
        switch (state) {
            case CallControlConnection.OFFERED: return CallControlConnectionEvent.CALLCTL_CONNECTION_OFFERED;
            case CallControlConnection.QUEUED: return CallControlConnectionEvent.CALLCTL_CONNECTION_QUEUED;
            case CallControlConnection.ALERTING: return CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING;
            case CallControlConnection.INITIATED: return CallControlConnectionEvent.CALLCTL_CONNECTION_INITIATED;
            case CallControlConnection.DIALING: return CallControlConnectionEvent.CALLCTL_CONNECTION_DIALING;
            case CallControlConnection.NETWORK_REACHED:
                return CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_REACHED;
            case CallControlConnection.NETWORK_ALERTING:
                return CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_ALERTING;
            case CallControlConnection.ESTABLISHED: return CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED;
            case CallControlConnection.DISCONNECTED: return CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED;
            case CallControlConnection.FAILED: return CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED;
            default: return CallControlConnectionEvent.CALLCTL_CONNECTION_UNKNOWN;
        }
    }

    static int coreTerminalConnectionId(int state) {
        switch (state) {
            case TerminalConnection.RINGING: return TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING;
            case TerminalConnection.ACTIVE: return TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE;
            case TerminalConnection.PASSIVE: return TerminalConnectionEvent.TERMINAL_CONNECTION_PASSIVE;
            case TerminalConnection.DROPPED: return TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED;
            default: return TerminalConnectionEvent.TERMINAL_CONNECTION_UNKNOWN;
        }
    }

    static int callControlTerminalConnectionId(int state) {
        switch (state) {
            case CallControlTerminalConnection.RINGING:
                return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_RINGING;
            case CallControlTerminalConnection.TALKING:
                return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING;
            case CallControlTerminalConnection.HELD:
                return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_HELD;
            case CallControlTerminalConnection.BRIDGED:
                return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_BRIDGED;
            case CallControlTerminalConnection.INUSE:
                return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_IN_USE;
            case CallControlTerminalConnection.DROPPED:
                return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED;
            default: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_UNKNOWN;
        }
    }

    static void core(ConnectionListener l, ConnectionEvent e) {
        switch (e.getID()) {
            case ConnectionEvent.CONNECTION_IN_PROGRESS: l.connectionInProgress(e); break;
            case ConnectionEvent.CONNECTION_ALERTING: l.connectionAlerting(e); break;
            case ConnectionEvent.CONNECTION_CONNECTED: l.connectionConnected(e); break;
            case ConnectionEvent.CONNECTION_DISCONNECTED: l.connectionDisconnected(e); break;
            case ConnectionEvent.CONNECTION_FAILED: l.connectionFailed(e); break;
            default: l.connectionUnknown(e); break;
        }
    }

    static void callControl(CallControlConnectionListener l, CallControlConnectionEvent e) {
        switch (e.getID()) {
            case CallControlConnectionEvent.CALLCTL_CONNECTION_OFFERED: l.connectionOffered(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_QUEUED: l.connectionQueued(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING: l.connectionAlerting(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_INITIATED: l.connectionInitiated(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_DIALING: l.connectionDialing(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_REACHED: l.connectionNetworkReached(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_ALERTING: l.connectionNetworkAlerting(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED: l.connectionEstablished(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED: l.connectionDisconnected(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED: l.connectionFailed(e); break;
            default: l.connectionUnknown(e); break;
        }
    }

    static void core(TerminalConnectionListener l, TerminalConnectionEvent e) {
        switch (e.getID()) {
            case TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING: l.terminalConnectionRinging(e); break;
            case TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE: l.terminalConnectionActive(e); break;
            case TerminalConnectionEvent.TERMINAL_CONNECTION_PASSIVE: l.terminalConnectionPassive(e); break;
            case TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED: l.terminalConnectionDropped(e); break;
            default: l.terminalConnectionUnknown(e); break;
        }
    }

    static void callControl(CallControlTerminalConnectionListener l, CallControlTerminalConnectionEvent e) {
        switch (e.getID()) {
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_RINGING:
                l.terminalConnectionRinging(e);
                break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING:
                l.terminalConnectionTalking(e);
                break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_HELD:
                l.terminalConnectionHeld(e);
                break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_BRIDGED:
                l.terminalConnectionBridged(e);
                break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_IN_USE:
                l.terminalConnectionInUse(e);
                break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED:
                l.terminalConnectionDropped(e);
                break;
            default:
                l.terminalConnectionUnknown(e);
                break;
        }
    }

    /**
     * @param listener the provider listener
     * @param provider the provider
     * @param id the {@link ProviderEvent} ID
     * @param cause the cause
     * @return the invocation of the matching listener method
     */
    public static Runnable provider(ProviderListener listener, Provider provider, int id, int cause) {
        ProviderEvent event = new ProviderEventImpl(provider, id, cause);
        switch (id) {
            case ProviderEvent.PROVIDER_IN_SERVICE: return () -> listener.providerInService(event);
            case ProviderEvent.PROVIDER_OUT_OF_SERVICE: return () -> listener.providerOutOfService(event);
            case ProviderEvent.PROVIDER_SHUTDOWN: return () -> listener.providerShutdown(event);
            default: return () -> listener.providerEventTransmissionEnded(event);
        }
    }

    /**
     * @param listener the address listener
     * @param address the address
     * @param id a {@link BwAddressEvent} or {@link AddressEvent} ID
     * @param cause the cause
     * @return the invocation, or {@code null} when the listener does not take this kind of event
     */
    public static Runnable address(AddressListener listener, AddressImpl address, int id, int cause) {
        DeviceEvents.OfAddress event = new DeviceEvents.OfAddress(address, id, cause);
        if (id == AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED) {
            return () -> listener.addressListenerEnded(event);
        }
        if (!(listener instanceof BwAddressListener)) {
            return null;
        }
        BwAddressListener l = (BwAddressListener) listener;
        return id == BwAddressEvent.ADDRESS_IN_SERVICE ? () -> l.addressInService(event)
                : () -> l.addressOutOfService(event);
    }

    /**
     * @param listener the terminal listener
     * @param terminal the terminal
     * @param id a {@link BwTerminalEvent} or {@link TerminalEvent} ID
     * @param cause the cause
     * @return the invocation, or {@code null} when the listener does not take this kind of event
     */
    public static Runnable terminal(TerminalListener listener, TerminalImpl terminal, int id, int cause) {
        DeviceEvents.OfTerminal event = new DeviceEvents.OfTerminal(terminal, id, cause);
        if (id == TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED) {
            return () -> listener.terminalListenerEnded(event);
        }
        if (!(listener instanceof BwTerminalListener)) {
            return null;
        }
        BwTerminalListener l = (BwTerminalListener) listener;
        return id == BwTerminalEvent.TERMINAL_IN_SERVICE ? () -> l.terminalInService(event)
                : () -> l.terminalOutOfService(event);
    }
}
