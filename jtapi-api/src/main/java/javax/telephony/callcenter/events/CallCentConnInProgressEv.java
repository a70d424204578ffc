package javax.telephony.callcenter.events;

/**
 * Reports that a connection entered {@link javax.telephony.Connection#INPROGRESS INPROGRESS}, as the
 * destination of a predictive call does while the switch is reaching it (JTAPI 1.2 observer event).
 * <p>
 * Delivered to the {@link javax.telephony.callcenter.CallCenterCallObserver}s of the call;
 * {@link #getConnection()} is the connection concerned.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.CallCenterConnectionEvent} with ID
 *     {@link javax.telephony.callcenter.CallCenterConnectionEvent#CALLCENT_CONNECTION_IN_PROGRESS},
 *     delivered to {@link javax.telephony.ConnectionListener#connectionInProgress}.
 */
public interface CallCentConnInProgressEv extends CallCentConnEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.CallCenterConnectionEvent#CALLCENT_CONNECTION_IN_PROGRESS}.
     */
    int ID = 319;
}
