package javax.telephony.events;

/**
 * Reports that a new {@link javax.telephony.Connection} exists in the call, in the
 * {@link javax.telephony.Connection#IDLE} state: an Address has been added to the call but its part in it
 * has not started to progress.
 * <p>
 * Connections are created when the application places a call, when a call arrives at an observed Address,
 * and when parties are added by operations such as conference or transfer.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.ConnectionEvent#CONNECTION_CREATED} through
 * {@link javax.telephony.ConnectionListener#connectionCreated(javax.telephony.ConnectionEvent)}.
 */
public interface ConnCreatedEv extends ConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ConnectionEvent#CONNECTION_CREATED}.
     */
    int ID = 106;
}
