package io.bwjtapi.provider.internal;

import javax.telephony.Call;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/** Names of the JTAPI state values, for messages. */
final class Names {
    private Names() {
    }

    static String call(int state) {
        switch (state) {
            case Call.IDLE: return "IDLE";
            case Call.ACTIVE: return "ACTIVE";
            default: return "INVALID";
        }
    }

    static String connection(int state) {
        switch (state) {
            case CallControlConnection.IDLE: return "IDLE";
            case CallControlConnection.OFFERED: return "OFFERED";
            case CallControlConnection.QUEUED: return "QUEUED";
            case CallControlConnection.ALERTING: return "ALERTING";
            case CallControlConnection.INITIATED: return "INITIATED";
            case CallControlConnection.DIALING: return "DIALING";
            case CallControlConnection.NETWORK_REACHED: return "NETWORK_REACHED";
            case CallControlConnection.NETWORK_ALERTING: return "NETWORK_ALERTING";
            case CallControlConnection.ESTABLISHED: return "ESTABLISHED";
            case CallControlConnection.DISCONNECTED: return "DISCONNECTED";
            case CallControlConnection.FAILED: return "FAILED";
            default: return "UNKNOWN";
        }
    }

    static String terminalConnection(int state) {
        switch (state) {
            case CallControlTerminalConnection.IDLE: return "IDLE";
            case CallControlTerminalConnection.RINGING: return "RINGING";
            case CallControlTerminalConnection.TALKING: return "TALKING";
            case CallControlTerminalConnection.HELD: return "HELD";
            case CallControlTerminalConnection.BRIDGED: return "BRIDGED";
            case CallControlTerminalConnection.INUSE: return "INUSE";
            case CallControlTerminalConnection.DROPPED: return "DROPPED";
            default: return "UNKNOWN";
        }
    }
}
