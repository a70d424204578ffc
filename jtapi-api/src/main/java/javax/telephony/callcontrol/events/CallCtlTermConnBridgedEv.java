package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlTerminalConnection} entered
 * {@link javax.telephony.callcontrol.CallControlTerminalConnection#BRIDGED}: the phone shares the line with a
 * phone active in the call and may join it. When the core state changes too, the core
 * {@link javax.telephony.events.TermConnPassiveEv} for the same change is delivered as well, normally in the
 * same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlTerminalConnectionListener#terminalConnectionBridged},
 *     which receives a {@link javax.telephony.callcontrol.CallControlTerminalConnectionEvent} whose ID is
 *     {@code CALLCTL_TERMINAL_CONNECTION_BRIDGED}.
 */
public interface CallCtlTermConnBridgedEv extends CallCtlTermConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 214;
}
