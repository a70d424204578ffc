package io.bwjtapi.provider.call;

import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The state vocabularies: SPI states to JTAPI call-control states, and call-control states to the core
 * states they imply (the tables of {@link CallControlConnection} and {@link CallControlTerminalConnection}).
 */
public final class States {
    private States() {
    }

    /**
     * @param state an SPI connection state
     * @return the JTAPI call-control connection state
     */
    public static int connection(ConnectionState state) {
        switch (state) {
            case IDLE: return CallControlConnection.IDLE;
            case OFFERED: return CallControlConnection.OFFERED;
            case QUEUED: return CallControlConnection.QUEUED;
            case ALERTING: return CallControlConnection.ALERTING;
            case INITIATED: return CallControlConnection.INITIATED;
            case DIALING: return CallControlConnection.DIALING;
            case NETWORK_REACHED: return CallControlConnection.NETWORK_REACHED;
            case NETWORK_ALERTING: return CallControlConnection.NETWORK_ALERTING;
            case ESTABLISHED: return CallControlConnection.ESTABLISHED;
            case DISCONNECTED: return CallControlConnection.DISCONNECTED;
            case FAILED: return CallControlConnection.FAILED;
            default: return CallControlConnection.UNKNOWN;
        }
    }

    /**
     * @param state an SPI terminal connection state
     * @return the JTAPI call-control terminal connection state
     */
    public static int terminalConnection(TerminalConnectionState state) {
        switch (state) {
            case IDLE: return CallControlTerminalConnection.IDLE;
            case RINGING: return CallControlTerminalConnection.RINGING;
            case TALKING: return CallControlTerminalConnection.TALKING;
            case HELD: return CallControlTerminalConnection.HELD;
            case BRIDGED: return CallControlTerminalConnection.BRIDGED;
            case INUSE: return CallControlTerminalConnection.INUSE;
            case DROPPED: return CallControlTerminalConnection.DROPPED;
            default: return CallControlTerminalConnection.UNKNOWN;
        }
    }

    /**
     * @param ccState a call-control connection state
     * @return the core connection state it implies
     */
    public static int coreOfConnection(int ccState) {
        switch (ccState) {
            case CallControlConnection.IDLE: return Connection.IDLE;
            case CallControlConnection.OFFERED:
            case CallControlConnection.QUEUED: return Connection.INPROGRESS;
            case CallControlConnection.ALERTING: return Connection.ALERTING;
            case CallControlConnection.INITIATED:
            case CallControlConnection.DIALING:
            case CallControlConnection.NETWORK_REACHED:
            case CallControlConnection.NETWORK_ALERTING:
            case CallControlConnection.ESTABLISHED: return Connection.CONNECTED;
            case CallControlConnection.DISCONNECTED: return Connection.DISCONNECTED;
            case CallControlConnection.FAILED: return Connection.FAILED;
            default: return Connection.UNKNOWN;
        }
    }

    /**
     * @param ccState a call-control terminal connection state
     * @return the core terminal connection state it implies
     */
    public static int coreOfTerminalConnection(int ccState) {
        switch (ccState) {
            case CallControlTerminalConnection.IDLE: return TerminalConnection.IDLE;
            case CallControlTerminalConnection.RINGING: return TerminalConnection.RINGING;
            case CallControlTerminalConnection.TALKING:
            case CallControlTerminalConnection.HELD: return TerminalConnection.ACTIVE;
            case CallControlTerminalConnection.BRIDGED:
            case CallControlTerminalConnection.INUSE: return TerminalConnection.PASSIVE;
            case CallControlTerminalConnection.DROPPED: return TerminalConnection.DROPPED;
            default: return TerminalConnection.UNKNOWN;
        }
    }
}
