package javax.telephony.callcenter;

import javax.telephony.ConnectionEvent;

/**
 * A connection event that also carries the call-center details of the call ({@link CallCenterCallEvent}):
 * calling and called address, last redirecting address and application data.
 * <p>
 * An implementation of this package may deliver the connection events of a {@link CallCenterCall} as
 * instances of this interface, so that a {@link javax.telephony.ConnectionListener} can read those details
 * by testing for it. The one ID this interface defines, {@link #CALLCENT_CONNECTION_IN_PROGRESS}, marks a
 * connection that has entered {@link javax.telephony.Connection#INPROGRESS INPROGRESS}, as the destination
 * of a predictive call does while the switch is reaching it.
 */
public interface CallCenterConnectionEvent extends ConnectionEvent, CallCenterCallEvent {
    /**
     * Event ID: the connection entered {@link javax.telephony.Connection#INPROGRESS INPROGRESS}; reported
     * through {@link javax.telephony.ConnectionListener#connectionInProgress}.
     */
    int CALLCENT_CONNECTION_IN_PROGRESS = 319;
}
