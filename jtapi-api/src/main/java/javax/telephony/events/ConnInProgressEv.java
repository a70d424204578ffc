package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Connection} is now {@link javax.telephony.Connection#INPROGRESS}:
 * the call is being set up towards its Address, which has not yet been reached.
 * <p>
 * This is typically the called party of an outgoing call while the network routes the call.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.ConnectionEvent#CONNECTION_IN_PROGRESS} through
 * {@link javax.telephony.ConnectionListener#connectionInProgress(javax.telephony.ConnectionEvent)}.
 */
public interface ConnInProgressEv extends ConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ConnectionEvent#CONNECTION_IN_PROGRESS}.
     */
    int ID = 109;
}
