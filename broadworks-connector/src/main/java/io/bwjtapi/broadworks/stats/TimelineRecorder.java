package io.bwjtapi.broadworks.stats;

import java.time.Instant;
import java.util.Optional;

/**
 * Records the phases of the provider failover in progress (written by the session's switch thread) and publishes
 * each completed one as a {@link FailoverTimeline}, readable from any thread.
 */
public final class TimelineRecorder {
    private Instant lastLoss;
    private Instant detected;
    private Instant outOfService;
    private Instant reopened;
    private Instant resyncs;
    private Instant applied;
    private volatile FailoverTimeline last;

    TimelineRecorder() {
    }

    /** @param at when a channel was lost or declared dead */
    public void channelLost(Instant at) {
        lastLoss = at;
    }

    /** @param at when the provider was reported out of service; a new failover begins */
    public void outOfService(Instant at) {
        detected = lastLoss != null ? lastLoss : at;
        outOfService = at;
        reopened = null;
        resyncs = null;
        applied = null;
    }

    /** @param at when a channel opened */
    public void channelOpened(Instant at) {
        if (outOfService != null && reopened == null) {
            reopened = at;
        }
    }

    /** @param at when resyncs were sent */
    public void resyncsSent(Instant at) {
        if (reopened != null && resyncs == null) {
            resyncs = at;
        }
    }

    /** @param at when every device's snapshot was applied, or the wait for them ended */
    public void snapshotsApplied(Instant at) {
        if (outOfService != null && applied == null) {
            applied = at;
        }
    }

    /**
     * The provider is back in service; the failover is complete.
     *
     * @param at when
     * @param devices devices in service
     * @param calls calls in the snapshot
     */
    public void restored(Instant at, int devices, int calls) {
        if (outOfService != null) {
            snapshotsApplied(at);
            last = new FailoverTimeline(detected, outOfService, reopened, resyncs, applied, at, devices, calls);
            outOfService = null;
        }
    }

    Optional<FailoverTimeline> last() {
        return Optional.ofNullable(last);
    }
}
