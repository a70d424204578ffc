package io.bwjtapi.broadworks.calls;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.TerminalConnectionState;

/**
 * CSTA local connection states and event causes in the SPI's terms (reference {@code csta.md} section 5):
 * {@code initiated} INITIATED/TALKING, {@code alerting} ALERTING/RINGING, {@code connected} ESTABLISHED/TALKING,
 * {@code hold} ESTABLISHED/HELD (hold is a terminal connection state in JTAPI), {@code queued} QUEUED,
 * {@code fail} FAILED/DROPPED. A remote party reached through the public network is NETWORK_REACHED until it
 * alerts (NETWORK_ALERTING) and ESTABLISHED once it answers.
 */
final class StateMapping {
    private StateMapping() {
    }

    /** @return the state of a monitored user's connection */
    static ConnectionState local(LocalConnectionState state) {
        switch (state) {
            case INITIATED: return ConnectionState.INITIATED;
            case ALERTING: return ConnectionState.ALERTING;
            case CONNECTED:
            case HOLD: return ConnectionState.ESTABLISHED;
            case QUEUED: return ConnectionState.QUEUED;
            case FAIL: return ConnectionState.FAILED;
            default: return ConnectionState.DISCONNECTED;
        }
    }

    /** @return the state of a monitored user's device in the call, or {@code null} when it takes no part yet */
    static TerminalConnectionState terminal(LocalConnectionState state) {
        switch (state) {
            case INITIATED:
            case CONNECTED: return TerminalConnectionState.TALKING;
            case ALERTING: return TerminalConnectionState.RINGING;
            case HOLD: return TerminalConnectionState.HELD;
            case FAIL:
            case NULL: return TerminalConnectionState.DROPPED;
            default: return null;
        }
    }

    /**
     * @param state the remote party's state as far as the monitored side can tell
     * @param network whether the party is reached through the public network
     * @param answered whether the monitored side knows the call was answered
     * @return the remote connection's state
     */
    static ConnectionState remote(LocalConnectionState state, boolean network, boolean answered) {
        switch (state) {
            case ALERTING: return network ? ConnectionState.NETWORK_ALERTING : ConnectionState.ALERTING;
            case CONNECTED:
            case HOLD: return network && !answered ? ConnectionState.NETWORK_REACHED : ConnectionState.ESTABLISHED;
            case INITIATED: return ConnectionState.INITIATED;
            case QUEUED: return ConnectionState.QUEUED;
            case FAIL: return ConnectionState.FAILED;
            default: return ConnectionState.DISCONNECTED;
        }
    }

    /** @return the SPI cause of a CSTA event cause; ordinary progress is {@link SwitchCause#NORMAL} */
    static SwitchCause cause(EventCause cause) {
        switch (cause) {
            case BUSY: return SwitchCause.BUSY;
            case CALL_CANCELLED: return SwitchCause.CALL_CANCELLED;
            case CALL_NOT_ANSWERED: return SwitchCause.CALL_NOT_ANSWERED;
            case BLOCKED:
            case DEST_NOT_OBTAINABLE:
            case INVALID_NUMBER_FORMAT:
            case NUMBER_UNALLOCATED: return SwitchCause.DEST_NOT_OBTAINABLE;
            case DO_NOT_DISTURB: return SwitchCause.DO_NOT_DISTURB;
            case REDIRECTED:
            case CALL_FORWARD:
            case CALL_FORWARD_IMMEDIATE:
            case CALL_FORWARD_BUSY:
            case CALL_FORWARD_NO_ANSWER:
            case DISTRIBUTED: return SwitchCause.REDIRECTED;
            case ACTIVE_PARTICIPATION:
            case CALL_PICKUP: return SwitchCause.CALL_PICKUP;
            case CONFERENCE: return SwitchCause.CONFERENCE;
            case TRANSFER:
            case SINGLE_STEP_TRANSFER: return SwitchCause.TRANSFER;
            case PARK: return SwitchCause.PARK;
            case RESOURCES_NOT_AVAILABLE: return SwitchCause.RESOURCES_NOT_AVAILABLE;
            case NETWORK_OUT_OF_ORDER: return SwitchCause.NETWORK_NOT_OBTAINABLE;
            case TIMEOUT: return SwitchCause.LOCKOUT;
            case SWITCHING_FUNCTION_TERMINATED: return SwitchCause.UNKNOWN;
            default: return SwitchCause.NORMAL;
        }
    }
}
