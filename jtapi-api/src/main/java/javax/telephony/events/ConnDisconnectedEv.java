package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Connection} is now
 * {@link javax.telephony.Connection#DISCONNECTED}: its Address is no longer part of the call.
 * <p>
 * The state is final: the connection can no longer be used and its terminal connections are dropped.
 * When the last connection of a call is disconnected, the call becomes
 * {@link javax.telephony.Call#INVALID} ({@link CallInvalidEv}).
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.ConnectionEvent#CONNECTION_DISCONNECTED} through
 * {@link javax.telephony.ConnectionListener#connectionDisconnected(javax.telephony.ConnectionEvent)}.
 */
public interface ConnDisconnectedEv extends ConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ConnectionEvent#CONNECTION_DISCONNECTED}.
     */
    int ID = 107;
}
