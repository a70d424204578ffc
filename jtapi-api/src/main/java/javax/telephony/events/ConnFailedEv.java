package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Connection} is now {@link javax.telephony.Connection#FAILED}: the
 * call could not reach its Address, or could not continue with it, for example because the Address was
 * busy or could not be found.
 * <p>
 * {@link Ev#getCause()} tells why when the implementation knows, for example
 * {@link Ev#CAUSE_DEST_NOT_OBTAINABLE}. A failed connection later becomes
 * {@link javax.telephony.Connection#DISCONNECTED}.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.ConnectionEvent#CONNECTION_FAILED} through
 * {@link javax.telephony.ConnectionListener#connectionFailed(javax.telephony.ConnectionEvent)}.
 */
public interface ConnFailedEv extends ConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ConnectionEvent#CONNECTION_FAILED}.
     */
    int ID = 108;
}
