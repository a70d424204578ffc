package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlConnection} entered
 * {@link javax.telephony.callcontrol.CallControlConnection#FAILED}: the party could not be reached or its leg
 * broke down; {@link CallCtlEv#getCallControlCause()} often says why. When the core state changes too, the
 * core {@link javax.telephony.events.ConnFailedEv} for the same change is delivered as well, normally in the
 * same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlConnectionListener#connectionFailed}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlConnectionEvent} whose ID is
 *     {@code CALLCTL_CONNECTION_FAILED}.
 */
public interface CallCtlConnFailedEv extends CallCtlConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 207;
}
