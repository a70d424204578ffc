package javax.telephony.callcenter.events;

/**
 * Reports that a call started using a trunk, which is now
 * {@link javax.telephony.callcenter.CallCenterTrunk#VALID_TRUNK VALID_TRUNK} (JTAPI 1.2 observer event).
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.CallCenterTrunkEvent} with ID
 *     {@link javax.telephony.callcenter.CallCenterTrunkEvent#CALL_CENTER_TRUNK_VALID_EVENT}, delivered to
 *     {@link javax.telephony.callcenter.CallCenterCallListener#trunkValid}.
 */
public interface CallCentTrunkValidEv extends CallCentTrunkEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.CallCenterTrunkEvent#CALL_CENTER_TRUNK_VALID_EVENT}.
     */
    int ID = 317;
}
