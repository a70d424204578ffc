package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Connection} is now {@link javax.telephony.Connection#ALERTING}:
 * its Address is being told of the incoming call, for example its terminals are ringing.
 * <p>
 * The call can now be answered at a terminal of the Address; the terminals that ring are reported by
 * {@link TermConnRingingEv}.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.ConnectionEvent#CONNECTION_ALERTING} through
 * {@link javax.telephony.ConnectionListener#connectionAlerting(javax.telephony.ConnectionEvent)}.
 */
public interface ConnAlertingEv extends ConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ConnectionEvent#CONNECTION_ALERTING}.
     */
    int ID = 104;
}
