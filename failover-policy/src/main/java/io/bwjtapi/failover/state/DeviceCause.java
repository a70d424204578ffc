package io.bwjtapi.failover.state;

/** Why a device entered its current state; carried by every device state change. */
public enum DeviceCause {
    /** Just added: no snapshot yet. */
    NOT_YET_SYNCHRONISED,
    /** Every channel was lost for longer than the grace period (Cisco: CTIManager failure). */
    CONNECTION_LOST,
    /** BroadWorks sent an unsolicited resync: an Application Server failed over for this user. */
    SERVER_FAILOVER,
    /** A forced resync's snapshot disagreed with the model. */
    OUT_OF_SYNC,
    /** The device's subscription was terminated or is unknown to BroadWorks. */
    SUBSCRIPTION_LOST,
    /** BroadWorks refused the subscription: for now (out of service, retried) or for good (closed). */
    SUBSCRIPTION_REFUSED,
    /** A forced resync was sent. */
    RESYNC_STARTED,
    /** A snapshot brought the model up to date. */
    SNAPSHOT_APPLIED,
    /** The BroadWorks user was deleted. */
    USER_DELETED,
    /** The application stopped observing the device. */
    RELEASED,
    /** The provider shut down. */
    PROVIDER_SHUTDOWN
}
