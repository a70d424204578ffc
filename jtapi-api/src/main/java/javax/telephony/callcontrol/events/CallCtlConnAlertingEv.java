package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlConnection} entered
 * {@link javax.telephony.callcontrol.CallControlConnection#ALERTING}: the address is being alerted for an
 * incoming call. When the core state changes too, the core {@link javax.telephony.events.ConnAlertingEv} for
 * the same change is delivered as well, normally in the same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlConnectionListener#connectionAlerting}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlConnectionEvent} whose ID is
 *     {@code CALLCTL_CONNECTION_ALERTING}.
 */
public interface CallCtlConnAlertingEv extends CallCtlConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 203;
}
