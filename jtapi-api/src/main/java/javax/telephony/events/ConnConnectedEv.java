package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Connection} is now {@link javax.telephony.Connection#CONNECTED}:
 * its Address takes an active part in the call.
 * <p>
 * For the calling party this happens when the call is placed; for the called party when it answers.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.ConnectionEvent#CONNECTION_CONNECTED} through
 * {@link javax.telephony.ConnectionListener#connectionConnected(javax.telephony.ConnectionEvent)}.
 */
public interface ConnConnectedEv extends ConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ConnectionEvent#CONNECTION_CONNECTED}.
     */
    int ID = 105;
}
