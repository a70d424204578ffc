package javax.telephony.events;

import javax.telephony.Connection;

/**
 * The base of observer-model events about a {@link Connection}, an Address's part in a Call.
 * <p>
 * They go to the {@link javax.telephony.CallObserver}s of the connection's call (see {@link CallEv}). Each
 * state of a connection has its own event:
 * <ul>
 *   <li>{@link Connection#IDLE}: just created, not yet part of the call's progress
 *       ({@link ConnCreatedEv});</li>
 *   <li>{@link Connection#INPROGRESS}: the call is being set up towards the Address
 *       ({@link ConnInProgressEv});</li>
 *   <li>{@link Connection#ALERTING}: the Address is being told of the incoming call
 *       ({@link ConnAlertingEv});</li>
 *   <li>{@link Connection#CONNECTED}: the Address takes an active part in the call
 *       ({@link ConnConnectedEv});</li>
 *   <li>{@link Connection#FAILED}: the call could not reach or keep the Address, for example because it
 *       was busy ({@link ConnFailedEv});</li>
 *   <li>{@link Connection#DISCONNECTED}: the Address is no longer part of the call
 *       ({@link ConnDisconnectedEv});</li>
 *   <li>{@link Connection#UNKNOWN}: the implementation cannot tell the state ({@link ConnUnknownEv}).</li>
 * </ul>
 * A connection moves forward through {@code IDLE}, {@code INPROGRESS}, {@code ALERTING} and
 * {@code CONNECTED}, possibly skipping some of them; from any of these it may move to {@code FAILED} or
 * {@code DISCONNECTED}, and from {@code FAILED} to {@code DISCONNECTED}. {@code DISCONNECTED} is final.
 * Any state may give way to {@code UNKNOWN}, and {@code UNKNOWN} to any state but {@code IDLE}. The
 * listener model reports the same changes as {@link javax.telephony.ConnectionEvent}s.
 */
public interface ConnEv extends CallEv {
    /**
     * Returns the connection this event is about.
     *
     * @return the connection; never {@code null}
     */
    Connection getConnection();
}
