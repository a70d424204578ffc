package io.bwjtapi.broadworks.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When each phase of one provider failover happened: the loss of the last channel was detected, the provider
 * went out of service, a channel was open again, the resyncs were sent, every device's snapshot was applied
 * (or the wait for them ended), and the provider was back in service with its snapshot. Immutable; phases not
 * reached are empty.
 */
public final class FailoverTimeline {
    private final Instant detected;
    private final Instant outOfService;
    private final Instant channelReopened;
    private final Instant resyncsSent;
    private final Instant snapshotsApplied;
    private final Instant restored;
    private final int devices;
    private final int calls;

    FailoverTimeline(Instant detected, Instant outOfService, Instant channelReopened, Instant resyncsSent,
            Instant snapshotsApplied, Instant restored, int devices, int calls) {
        this.detected = detected;
        this.outOfService = outOfService;
        this.channelReopened = channelReopened;
        this.resyncsSent = resyncsSent;
        this.snapshotsApplied = snapshotsApplied;
        this.restored = restored;
        this.devices = devices;
        this.calls = calls;
    }

    /** @return when the loss of the last live channel was detected */
    public Optional<Instant> detected() {
        return Optional.ofNullable(detected);
    }

    /** @return when the provider was reported out of service */
    public Optional<Instant> outOfService() {
        return Optional.ofNullable(outOfService);
    }

    /** @return when the first channel was open again */
    public Optional<Instant> channelReopened() {
        return Optional.ofNullable(channelReopened);
    }

    /** @return when the first resync after the reopen was sent */
    public Optional<Instant> resyncsSent() {
        return Optional.ofNullable(resyncsSent);
    }

    /** @return when the last device's snapshot was applied (or the wait for stragglers ended) */
    public Optional<Instant> snapshotsApplied() {
        return Optional.ofNullable(snapshotsApplied);
    }

    /** @return when the provider was reported in service with its snapshot */
    public Optional<Instant> restored() {
        return Optional.ofNullable(restored);
    }

    /** @return the devices in service after the failover */
    public int devices() {
        return devices;
    }

    /** @return the calls in the snapshot */
    public int calls() {
        return calls;
    }

    /** @return one line per phase with the time since the previous phase, for logs and benchmark output */
    public String describe() {
        StringBuilder b = new StringBuilder();
        Instant previous = detected;
        previous = phase(b, "loss detected", detected, previous);
        previous = phase(b, "provider out of service", outOfService, previous);
        previous = phase(b, "channel open again", channelReopened, previous);
        previous = phase(b, "resyncs sent", resyncsSent, previous);
        previous = phase(b, "snapshots applied", snapshotsApplied, previous);
        phase(b, "provider in service with snapshot", restored, previous);
        return b.append("  (").append(devices).append(" devices in service, ").append(calls)
                .append(" calls in the snapshot)").toString();
    }

    private static Instant phase(StringBuilder b, String name, Instant at, Instant previous) {
        b.append(String.format("  %-34s", name));
        if (at == null) {
            b.append("not reached\n");
            return previous;
        }
        long sincePrevious = previous == null ? 0 : Duration.between(previous, at).toMillis();
        b.append(at).append(String.format("  +%d ms%n", sincePrevious));
        return at;
    }

    @Override
    public String toString() {
        return "FailoverTimeline[\n" + describe() + "]";
    }
}
