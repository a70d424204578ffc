package javax.telephony.callcenter.events;

import javax.telephony.events.ConnEv;

/**
 * The base of the JTAPI 1.2 connection events of the call-center package: a connection event that also
 * carries the call-center details of {@link CallCentCallEv}.
 * <p>
 * Its one concrete event is {@link CallCentConnInProgressEv}. It reaches the
 * {@link javax.telephony.callcenter.CallCenterCallObserver}s of the call.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.CallCenterConnectionEvent}, delivered
 *     to a {@link javax.telephony.ConnectionListener}.
 */
public interface CallCentConnEv extends CallCentCallEv, ConnEv {
}
