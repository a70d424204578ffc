package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Connection} is now {@link javax.telephony.Connection#UNKNOWN}:
 * the implementation cannot currently tell the state of the Address in the call.
 * <p>
 * It happens when the telephony system stops reporting on the Address, for example an Address outside
 * the provider's domain. When the state becomes known again, the event of that state follows.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.ConnectionEvent#CONNECTION_UNKNOWN} through
 * {@link javax.telephony.ConnectionListener#connectionUnknown(javax.telephony.ConnectionEvent)}.
 */
public interface ConnUnknownEv extends ConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ConnectionEvent#CONNECTION_UNKNOWN}.
     */
    int ID = 110;
}
