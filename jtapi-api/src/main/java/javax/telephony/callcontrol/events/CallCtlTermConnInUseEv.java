package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlTerminalConnection} entered
 * {@link javax.telephony.callcontrol.CallControlTerminalConnection#INUSE}: another phone uses the line and
 * this one cannot join the call. When the core state changes too, the core
 * {@link javax.telephony.events.TermConnPassiveEv} for the same change is delivered as well, normally in the
 * same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlTerminalConnectionListener#terminalConnectionInUse},
 *     which receives a {@link javax.telephony.callcontrol.CallControlTerminalConnectionEvent} whose ID is
 *     {@code CALLCTL_TERMINAL_CONNECTION_IN_USE}.
 */
public interface CallCtlTermConnInUseEv extends CallCtlTermConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 217;
}
