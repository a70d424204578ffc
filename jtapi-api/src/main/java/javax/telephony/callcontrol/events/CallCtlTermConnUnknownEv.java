package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlTerminalConnection} entered
 * {@link javax.telephony.callcontrol.CallControlTerminalConnection#UNKNOWN}: the implementation no longer
 * knows the phone's state. When the core state changes too, the core
 * {@link javax.telephony.events.TermConnUnknownEv} for the same change is delivered as well, normally in the
 * same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlTerminalConnectionListener#terminalConnectionUnknown},
 *     which receives a {@link javax.telephony.callcontrol.CallControlTerminalConnectionEvent} whose ID is
 *     {@code CALLCTL_TERMINAL_CONNECTION_UNKNOWN}.
 */
public interface CallCtlTermConnUnknownEv extends CallCtlTermConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 220;
}
