package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlConnection} entered
 * {@link javax.telephony.callcontrol.CallControlConnection#OFFERED}: an incoming call is offered to the
 * address, which may accept, reject or redirect it. When the core state changes too, the core
 * {@link javax.telephony.events.ConnInProgressEv} for the same change is delivered as well, normally in the
 * same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlConnectionListener#connectionOffered}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlConnectionEvent} whose ID is
 *     {@code CALLCTL_CONNECTION_OFFERED}.
 */
public interface CallCtlConnOfferedEv extends CallCtlConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 211;
}
