package javax.telephony.callcenter.events;

/**
 * Reports that a call stopped using a trunk, which is now
 * {@link javax.telephony.callcenter.CallCenterTrunk#INVALID_TRUNK INVALID_TRUNK} (JTAPI 1.2 observer event).
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.CallCenterTrunkEvent} with ID
 *     {@link javax.telephony.callcenter.CallCenterTrunkEvent#CALL_CENTER_TRUNK_INVALID_EVENT}, delivered to
 *     {@link javax.telephony.callcenter.CallCenterCallListener#trunkInvalid}.
 */
public interface CallCentTrunkInvalidEv extends CallCentTrunkEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.CallCenterTrunkEvent#CALL_CENTER_TRUNK_INVALID_EVENT}.
     */
    int ID = 318;
}
