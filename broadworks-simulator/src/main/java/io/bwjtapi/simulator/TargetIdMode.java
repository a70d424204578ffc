package io.bwjtapi.simulator;

/** When event envelopes carry the optional {@code targetId} element; real XSPs vary. */
public enum TargetIdMode {
    /** Every subscription event names its target. */
    ALWAYS,
    /** No event names its target: clients must map events by subscriptionId. */
    NEVER,
    /**
     * As observed on a production XSP: the CallSubscriptionEvent snapshots and HookStatus events come without
     * targetId, the other events carry it.
     */
    OMIT_ON_SNAPSHOTS
}
