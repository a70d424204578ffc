package io.bwjtapi.failover.fact;

/** Receives a fact by its concrete type; see {@link Fact#accept(FactVisitor)}. */
public interface FactVisitor {
    /** @param fact the wiring started the channel open it was asked for */
    void channelOpenStarted(ChannelOpenStarted fact);

    /** @param fact the XSP answered the channel request with the first chunk */
    void channelOpenSucceeded(ChannelOpenSucceeded fact);

    /** @param fact the channel request failed */
    void channelOpenFailed(ChannelOpenFailed fact);

    /** @param fact an open channel ended */
    void channelLost(ChannelLost fact);

    /** @param fact a heartbeat PUT was sent for a channel */
    void heartbeatSent(HeartbeatSent fact);

    /** @param fact a heartbeat PUT was answered 200 */
    void heartbeatAnswered(HeartbeatAnswered fact);

    /** @param fact something arrived on a channel's stream */
    void streamTraffic(StreamTraffic fact);

    /** @param fact a device is to be monitored */
    void deviceAdded(DeviceAdded fact);

    /** @param fact a device is no longer monitored */
    void deviceRemoved(DeviceRemoved fact);

    /** @param fact a device's subscription was created or re-created */
    void subscriptionCreated(SubscriptionCreated fact);

    /** @param fact a device's subscription no longer exists */
    void subscriptionLost(SubscriptionLost fact);

    /** @param fact BroadWorks refused to create a device's subscription */
    void subscriptionRefused(SubscriptionRefused fact);

    /** @param fact a device's events skipped a sequence number */
    void sequenceGap(SequenceGap fact);

    /** @param fact a call snapshot arrived for a device */
    void snapshotReceived(SnapshotReceived fact);

    /** @param fact a new call started or began alerting at a device */
    void callStarted(CallStarted fact);

    /** @param fact a call is known to be alerting since a given time */
    void callAlerting(CallAlerting fact);

    /** @param fact a call stopped alerting */
    void callAlertingEnded(CallAlertingEnded fact);

    /** @param fact the application shut the provider down */
    void shutdownRequested(ShutdownRequested fact);
}
