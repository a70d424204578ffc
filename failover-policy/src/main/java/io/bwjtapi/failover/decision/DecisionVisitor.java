package io.bwjtapi.failover.decision;

/** Receives a decision by its concrete type; see {@link Decision#accept(DecisionVisitor)}. */
public interface DecisionVisitor {
    /** @param decision open a channel on an XSP in the provider's channel set */
    void openChannel(OpenChannel decision);

    /** @param decision close (or abandon the attempt for) the channel on an XSP */
    void closeChannel(CloseChannel decision);

    /** @param decision the provider's connection state changed */
    void providerStateChange(ProviderStateChange decision);

    /** @param decision a device's service state changed */
    void deviceStateChange(DeviceStateChange decision);

    /** @param decision refresh (or re-create) the subscriptions of these devices to get fresh snapshots */
    void forceResync(ForceResync decision);

    /** @param decision the policy gave up; the provider shuts down */
    void giveUp(GiveUp decision);
}
