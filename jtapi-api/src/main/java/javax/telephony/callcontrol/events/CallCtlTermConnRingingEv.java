package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlTerminalConnection} entered
 * {@link javax.telephony.callcontrol.CallControlTerminalConnection#RINGING}: the phone rings for the call.
 * When the core state changes too, the core {@link javax.telephony.events.TermConnRingingEv} for the same
 * change is delivered as well, normally in the same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlTerminalConnectionListener#terminalConnectionRinging},
 *     which receives a {@link javax.telephony.callcontrol.CallControlTerminalConnectionEvent} whose ID is
 *     {@code CALLCTL_TERMINAL_CONNECTION_RINGING}.
 */
public interface CallCtlTermConnRingingEv extends CallCtlTermConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 218;
}
