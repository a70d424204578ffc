package io.bwjtapi.broadworks.stats;

import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters of one BroadWorks session and the timeline of its last provider failover. Counters are updated by
 * the session's threads and may be read from any thread; each getter returns the total so far.
 */
public final class SessionStats {
    private final LongAdder events = new LongAdder();
    private final LongAdder eventsDropped = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder sequenceGaps = new LongAdder();
    private final LongAdder badDocuments = new LongAdder();
    private final LongAdder resyncsRequested = new LongAdder();
    private final LongAdder snapshots = new LongAdder();
    private final LongAdder unsolicitedResyncs = new LongAdder();
    private final LongAdder snapshotsDisagreed = new LongAdder();
    private final LongAdder devicesResynced = new LongAdder();
    private final LongAdder unsynchronisedParties = new LongAdder();
    private final LongAdder channelsOpened = new LongAdder();
    private final LongAdder channelLosses = new LongAdder();
    private final LongAdder failovers = new LongAdder();
    private final LongAdder commandsFailed = new LongAdder();
    private final TimelineRecorder timeline = new TimelineRecorder();

    /** @return the recorder of the failover timeline (written by the session's switch thread) */
    public TimelineRecorder timeline() {
        return timeline;
    }

    /** @return the timeline of the last completed provider failover */
    public Optional<FailoverTimeline> lastFailover() {
        return timeline.last();
    }

    /** Counts an Xsi event delivered to the session. */
    public void event() {
        events.increment();
    }

    /** Counts an event the call model could not use (duplicate, stale, unknown call, rejected). */
    public void eventDropped() {
        eventsDropped.increment();
    }

    /** Counts an event the Xsi client dropped as a duplicate delivery. */
    public void duplicate() {
        duplicates.increment();
    }

    /** Counts a sequence gap in a subscription's events. */
    public void sequenceGap() {
        sequenceGaps.increment();
    }

    /** Counts a document that could not be decoded or belonged to an unknown subscription. */
    public void badDocument() {
        badDocuments.increment();
    }

    /** @param count resyncs requested from BroadWorks (subscription refreshes or creations) */
    public void resyncsRequested(int count) {
        resyncsRequested.add(count);
    }

    /**
     * Counts a call snapshot.
     *
     * @param unsolicited whether BroadWorks sent it on its own (CallSubscriptionResyncEvent)
     * @param agreed whether it matched the model
     */
    public void snapshot(boolean unsolicited, boolean agreed) {
        snapshots.increment();
        if (unsolicited) {
            unsolicitedResyncs.increment();
        }
        if (!agreed) {
            snapshotsDisagreed.increment();
        }
    }

    /** Counts a device resynchronised while the provider stayed in service (Cisco style: out of service and back). */
    public void deviceResynced() {
        devicesResynced.increment();
    }

    /** Counts a call half removed because BroadWorks no longer knew it. */
    public void unsynchronisedParty() {
        unsynchronisedParties.increment();
    }

    /** Counts an event channel opened. */
    public void channelOpened() {
        channelsOpened.increment();
    }

    /** Counts an event channel lost or declared dead. */
    public void channelLost() {
        channelLosses.increment();
    }

    /** Counts the provider going out of service. */
    public void failover() {
        failovers.increment();
    }

    /** Counts a call-control command BroadWorks refused or that failed in transport. */
    public void commandFailed() {
        commandsFailed.increment();
    }

    /** @return Xsi events delivered to the session */
    public long events() {
        return events.sum();
    }

    /** @return events the call model could not use */
    public long eventsDropped() {
        return eventsDropped.sum();
    }

    /** @return duplicate deliveries dropped by the Xsi client */
    public long duplicates() {
        return duplicates.sum();
    }

    /** @return sequence gaps seen */
    public long sequenceGaps() {
        return sequenceGaps.sum();
    }

    /** @return documents that could not be decoded or were for unknown subscriptions */
    public long badDocuments() {
        return badDocuments.sum();
    }

    /** @return resyncs requested */
    public long resyncsRequested() {
        return resyncsRequested.sum();
    }

    /** @return call snapshots received */
    public long snapshots() {
        return snapshots.sum();
    }

    /** @return unsolicited CallSubscriptionResyncEvents received (Application Server failovers) */
    public long unsolicitedResyncs() {
        return unsolicitedResyncs.sum();
    }

    /** @return snapshots that disagreed with the model */
    public long snapshotsDisagreed() {
        return snapshotsDisagreed.sum();
    }

    /** @return devices resynchronised while the provider stayed in service */
    public long devicesResynced() {
        return devicesResynced.sum();
    }

    /** @return call halves removed because BroadWorks no longer knew them */
    public long unsynchronisedParties() {
        return unsynchronisedParties.sum();
    }

    /** @return event channels opened */
    public long channelsOpened() {
        return channelsOpened.sum();
    }

    /** @return event channels lost or declared dead */
    public long channelLosses() {
        return channelLosses.sum();
    }

    /** @return times the provider went out of service */
    public long failovers() {
        return failovers.sum();
    }

    /** @return commands that failed */
    public long commandsFailed() {
        return commandsFailed.sum();
    }

    @Override
    public String toString() {
        return "SessionStats[events=" + events() + ", dropped=" + eventsDropped() + ", duplicates=" + duplicates()
                + ", gaps=" + sequenceGaps() + ", badDocuments=" + badDocuments() + ", resyncs=" + resyncsRequested()
                + ", snapshots=" + snapshots() + ", unsolicited=" + unsolicitedResyncs() + ", disagreed="
                + snapshotsDisagreed() + ", resynced=" + devicesResynced() + ", unsynchronised=" + unsynchronisedParties()
                + ", channelsOpened=" + channelsOpened() + ", channelLosses=" + channelLosses() + ", failovers="
                + failovers() + ", commandsFailed=" + commandsFailed() + "]";
    }
}
