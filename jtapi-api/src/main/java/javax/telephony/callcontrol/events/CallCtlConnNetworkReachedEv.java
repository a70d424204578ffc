package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlConnection} entered
 * {@link javax.telephony.callcontrol.CallControlConnection#NETWORK_REACHED}: the call has left the switch
 * into the network. When the core state changes too, the core {@link javax.telephony.events.ConnConnectedEv}
 * for the same change is delivered as well, normally in the same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlConnectionListener#connectionNetworkReached}, which
 *     receives a {@link javax.telephony.callcontrol.CallControlConnectionEvent} whose ID is
 *     {@code CALLCTL_CONNECTION_NETWORK_REACHED}.
 */
public interface CallCtlConnNetworkReachedEv extends CallCtlConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 210;
}
