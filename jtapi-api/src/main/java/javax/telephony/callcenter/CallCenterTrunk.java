package javax.telephony.callcenter;

import javax.telephony.Call;

/**
 * A trunk a {@link CallCenterCall} occupies: a line between the switch and another switch or the public
 * network, by which the call enters or leaves the Provider's domain.
 * <p>
 * The implementation creates a trunk object when a call starts to use a trunk; the application reads it
 * from {@link CallCenterCall#getTrunks()} or from {@link CallCenterTrunkEvent#getTrunk()}. Each trunk
 * belongs to one call. Its state ({@link #getState()}) moves once, from {@link #VALID_TRUNK} while the
 * call uses the trunk to {@link #INVALID_TRUNK} when the call releases it; the two changes are reported to
 * the call's {@link CallCenterCallListener}s by {@link CallCenterCallListener#trunkValid} and
 * {@link CallCenterCallListener#trunkInvalid}.
 * <p>
 * The type constants ({@code *_TRUNK} with a direction) and the state constants ({@code VALID_TRUNK},
 * {@code INVALID_TRUNK}) are separate sets of values that share numbers.
 */
public interface CallCenterTrunk {
    /** Type: the call entered the switch through this trunk. */
    int INCOMING_TRUNK = 1;

    /** State: the call no longer uses this trunk; the trunk object will not change any more. */
    int INVALID_TRUNK = 1;

    /** Type: the call leaves the switch through this trunk. */
    int OUTGOING_TRUNK = 2;

    /** Type: the direction of the trunk is not known. */
    int UNKNOWN_TRUNK = 3;

    /** State: the call is using this trunk. */
    int VALID_TRUNK = 2;

    /**
     * Returns the call that uses, or used, this trunk.
     *
     * @return the {@link Call}, a {@link CallCenterCall}
     */
    Call getCall();

    /**
     * Returns the switch's name for this trunk, for example a trunk group and member number.
     *
     * @return the trunk's name, or {@code null} when the switch does not name it
     */
    String getName();

    /**
     * Returns whether the call still uses this trunk.
     *
     * @return {@link #VALID_TRUNK} or {@link #INVALID_TRUNK}
     */
    int getState();

    /**
     * Returns the direction in which the call uses this trunk.
     *
     * @return {@link #INCOMING_TRUNK}, {@link #OUTGOING_TRUNK} or {@link #UNKNOWN_TRUNK}
     */
    int getType();
}
