package io.bwjtapi.failover.decision;

/** What made the policy force a resync. */
public enum ResyncTrigger {
    /** A channel of the set was lost: events may have been lost for every device. */
    CHANNEL_LOSS,
    /** A device's events skipped a sequence number. */
    SEQUENCE_GAP,
    /** The user originated a call (BroadWorks sends no unsolicited resync then). */
    CALL_ORIGINATED,
    /** A new call alerts the user (BroadWorks sends no unsolicited resync then). */
    CALL_ALERTING,
    /** A call has been alerting longer than the threshold. */
    ALERTING_TOO_LONG,
    /** The device's periodic resync (about every 30 minutes) is due. */
    PERIODIC,
    /** The device was just added: this creates its subscription. */
    DEVICE_ADDED,
    /** The device's subscription was lost: this re-creates it. */
    SUBSCRIPTION_LOST,
    /** An earlier resync got no snapshot in time or its subscription was refused for now. */
    RESYNC_RETRY
}
