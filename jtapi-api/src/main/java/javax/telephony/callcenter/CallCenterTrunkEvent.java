package javax.telephony.callcenter;

/**
 * Reports that a call started or stopped using a trunk.
 * <p>
 * The event is delivered to the {@link CallCenterCallListener}s of the call. Its ID says which way the
 * trunk changed and which listener method is called; {@link #getTrunk()} names the trunk, whose state has
 * already changed accordingly. Like every {@link CallCenterCallEvent} it also carries the call's calling,
 * called and redirecting addresses and its application data.
 */
public interface CallCenterTrunkEvent extends CallCenterCallEvent {
    /**
     * Event ID: the call stopped using the trunk, which is now {@link CallCenterTrunk#INVALID_TRUNK};
     * reported through {@link CallCenterCallListener#trunkInvalid}.
     */
    int CALL_CENTER_TRUNK_INVALID_EVENT = 318;

    /**
     * Event ID: the call started using the trunk, which is now {@link CallCenterTrunk#VALID_TRUNK};
     * reported through {@link CallCenterCallListener#trunkValid}.
     */
    int CALL_CENTER_TRUNK_VALID_EVENT = 317;

    /**
     * Returns the trunk that changed.
     *
     * @return the {@link CallCenterTrunk}
     */
    CallCenterTrunk getTrunk();
}
