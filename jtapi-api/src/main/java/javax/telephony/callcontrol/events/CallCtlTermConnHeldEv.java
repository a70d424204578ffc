package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlTerminalConnection} entered
 * {@link javax.telephony.callcontrol.CallControlTerminalConnection#HELD}: the phone has put the call on hold.
 * When the core state changes too, the core {@link javax.telephony.events.TermConnActiveEv} for the same
 * change is delivered as well, normally in the same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlTerminalConnectionListener#terminalConnectionHeld}, which
 *     receives a {@link javax.telephony.callcontrol.CallControlTerminalConnectionEvent} whose ID is
 *     {@code CALLCTL_TERMINAL_CONNECTION_HELD}.
 */
public interface CallCtlTermConnHeldEv extends CallCtlTermConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 216;
}
