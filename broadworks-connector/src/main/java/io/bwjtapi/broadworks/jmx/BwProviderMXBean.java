package io.bwjtapi.broadworks.jmx;

/**
 * One bwjtapi provider as JMX shows it, registered as {@code io.bwjtapi:type=Provider,name="<provider name>"}
 * while the provider is open: its service state and its devices', its event channels, its counters and the
 * timings of its last failover. Counters are totals since the provider was opened.
 */
public interface BwProviderMXBean {
    /** @return the provider's name: the XSP list and the login (never the password) */
    String getProviderName();

    /** @return the state reported to the application: {@code OUT_OF_SERVICE}, {@code IN_SERVICE} or {@code SHUTDOWN} */
    String getProviderState();

    /** @return the monitored devices (addresses) */
    int getDevices();

    /** @return the devices reported out of service now */
    int getDevicesOutOfService();

    /** @return the event channels open now */
    int getOpenChannels();

    /** @return one line per event channel: XSP, state, channel id and missed heartbeats */
    String[] getChannels();

    /** @return Xsi events received */
    long getEvents();

    /** @return events the call model could not use (stale, unknown call, rejected) */
    long getEventsDropped();

    /** @return duplicate event deliveries dropped */
    long getDuplicates();

    /** @return sequence gaps in subscriptions' events */
    long getSequenceGaps();

    /** @return documents that could not be decoded or belonged to no known subscription */
    long getBadDocuments();

    /** @return resyncs (subscription refreshes) requested from BroadWorks */
    long getResyncsRequested();

    /** @return call snapshots received */
    long getSnapshots();

    /** @return snapshots BroadWorks sent by itself (Application Server failovers) */
    long getUnsolicitedResyncs();

    /** @return snapshots that disagreed with the provider's view */
    long getSnapshotsDisagreed();

    /** @return devices resynchronised (out of service and back) while the provider stayed in service */
    long getDevicesResynced();

    /** @return call parties removed because BroadWorks no longer knew them (stuck calls cleared) */
    long getUnsynchronisedParties();

    /** @return event channels opened */
    long getChannelsOpened();

    /** @return event channels lost or declared dead */
    long getChannelLosses();

    /** @return times the provider went out of service */
    long getFailovers();

    /** @return call-control requests BroadWorks refused or that failed in transport */
    long getCommandsFailed();

    /** @return when the last completed failover began (loss detected), ISO-8601, or empty when none happened */
    String getLastFailoverStart();

    /** @return last failover: milliseconds from detecting the loss to reporting the provider out of service, or -1 */
    long getLastFailoverDetectionToOutOfServiceMillis();

    /** @return last failover: milliseconds from out of service to an event channel open again, or -1 */
    long getLastFailoverReconnectMillis();

    /** @return last failover: milliseconds from the channel open again to the provider in service, or -1 */
    long getLastFailoverRestoreMillis();

    /** @return last failover: milliseconds from detecting the loss to the provider in service, or -1 */
    long getLastFailoverTotalMillis();

    /** @return last failover: one line per phase with its time, or empty */
    String getLastFailoverSummary();
}
