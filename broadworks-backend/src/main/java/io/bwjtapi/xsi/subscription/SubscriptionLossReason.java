package io.bwjtapi.xsi.subscription;

/** Why a subscription was lost (it is re-created after each of these). */
public enum SubscriptionLossReason {
    /** BroadWorks sent SubscriptionTerminatedEvent (deleted, expired, privacy change). */
    TERMINATED_EVENT,
    /** A refresh was answered 403 or 404: BroadWorks no longer knows the subscription. */
    REFRESH_REJECTED
}
