package javax.telephony.callcenter.events;

import javax.telephony.callcenter.CallCenterTrunk;

/**
 * The base of the JTAPI 1.2 events that report a call starting or stopping to use a trunk.
 * <p>
 * The concrete events are {@link CallCentTrunkValidEv} and {@link CallCentTrunkInvalidEv}; they reach the
 * {@link javax.telephony.callcenter.CallCenterCallObserver}s of the call.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.CallCenterTrunkEvent}, delivered to a
 *     {@link javax.telephony.callcenter.CallCenterCallListener}.
 */
public interface CallCentTrunkEv extends CallCentCallEv {
    /**
     * Returns the trunk that changed.
     *
     * @return the {@link CallCenterTrunk}, whose state already reflects the change
     */
    CallCenterTrunk getTrunk();
}
