package io.bwjtapi.benchmarks.ha;

import io.bwjtapi.benchmarks.Poll;
import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.broadworks.stats.FailoverTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.telephony.Provider;

/**
 * The HA measurements of issue 8 (prints numbers, asserts nothing), with the provider's default HA settings
 * (1 s heartbeat, channel dead 2 s after its last traffic, 1 s out-of-service grace, 0.5-3 s reconnect backoff):
 * <ol>
 *   <li>silent XSP loss (partition): time to detection and to the application's {@code ProvOutOfServiceEv};</li>
 *   <li>recovery with 1 000 and 10 000 monitored addresses, 20 % on calls: time from the XSP being reachable
 *       again to {@code ProvInServiceEv}, every address in service and a snapshot of every call;</li>
 *   <li>an Application Server failover with resync of 10 000 users (every user on a call): time from the crash
 *       to every device resynchronised and back in service at the application;</li>
 *   <li>the per-phase timeline of the last failover.</li>
 * </ol>
 * Each number is also printed as a result line for the {@link io.bwjtapi.benchmarks.suite.BenchmarkSuite}.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.ha.HaMeasurements [sizes...]}
 * (default sizes 1000 10000; detection is measured on 20 users, three times).
 */
public final class HaMeasurements {
    private HaMeasurements() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10_000);
        }
        silentLossDetection(3);
        for (int i = 0; i < sizes.size(); i++) {
            String id = sizes.size() == 2 ? (i == 0 ? "ha.recovery.small" : "ha.recovery.large")
                    : "ha.recovery." + sizes.get(i);
            recovery(id, sizes.get(i), 0.2);
        }
        asFailover(sizes.get(sizes.size() - 1));
    }

    static void silentLossDetection(int runs) throws Exception {
        List<Long> detected = new ArrayList<>();
        List<Long> outOfService = new ArrayList<>();
        try (HaRig rig = new HaRig(20)) {
            for (int run = 0; run < runs; run++) {
                rig.watcher.reset();
                Instant partitioned = Instant.now();
                long start = System.nanoTime();
                rig.sim.partitionXsp(0);
                Poll.until("out of service", Duration.ofSeconds(30), () -> rig.watcher.outOfServiceAt() != 0);
                outOfService.add(millis(start, rig.watcher.outOfServiceAt()));
                rig.sim.restoreXsp(0);
                Poll.until("in service", Duration.ofSeconds(30),
                        () -> rig.provider.getState() == Provider.IN_SERVICE);
                FailoverTimeline timeline = rig.stats().lastFailover().orElseThrow();
                detected.add(Duration.between(partitioned, timeline.detected().orElseThrow()).toMillis());
            }
        }
        System.out.printf("silent XSP loss: declared dead after %s ms (target <= 3000), application out of service"
                + " after %s ms (detection + 1 s grace)%n", summary(detected), summary(outOfService));
        Report.value("ha.detection", median(detected) / 1000.0, runs + " partitions of the only XSP, 20 users; "
                + summary(detected) + " ms");
        Report.value("ha.out-of-service", median(outOfService) / 1000.0, "detection + out-of-service grace; "
                + summary(outOfService) + " ms");
    }

    static void recovery(String id, int users, double share) throws Exception {
        try (HaRig rig = new HaRig(users)) {
            int calls = rig.externalCalls(share);
            rig.sim.killXsp(0);
            Poll.until("out of service", Duration.ofSeconds(30), () -> rig.watcher.outOfServiceAt() != 0);
            rig.watcher.reset();
            long restored = System.nanoTime();
            rig.sim.restoreXsp(0);
            Poll.until("every address in service with its snapshot", Duration.ofMinutes(2),
                    () -> rig.watcher.addressesInService() >= users && rig.watcher.snapshotCalls() >= calls);
            FailoverTimeline timeline = rig.stats().lastFailover().orElseThrow();
            long reopened = Duration.between(timeline.outOfService().orElseThrow(),
                    timeline.channelReopened().orElseThrow()).toMillis();
            System.out.printf("recovery, %d addresses, %d calls: provider in service %d ms, all addresses in"
                    + " service %d ms, all snapshots %d ms after the XSP was reachable (target <= 5000)%n", users,
                    calls, millis(restored, rig.watcher.inServiceAt()), millis(restored,
                            rig.watcher.lastAddressInServiceAt()), millis(restored, rig.watcher.lastSnapshotAt()));
            System.out.printf("  of which the reconnect backoff: channel open %d ms after the provider went out of"
                    + " service (the XSP came back then); timeline of this failover:%n%s%n", reopened,
                    timeline.describe());
            long everything = Math.max(rig.watcher.lastAddressInServiceAt(), rig.watcher.lastSnapshotAt());
            Report.value(id, millis(restored, everything) / 1000.0, users, String.format(Locale.ROOT, "XSP killed, "
                    + "restored: every address back in service and a snapshot of each of %d calls at the application; "
                    + "provider in service after %d ms", calls, millis(restored, rig.watcher.inServiceAt())));
        }
    }

    static void asFailover(int users) throws Exception {
        try (HaRig rig = new HaRig(users)) {
            int calls = rig.internalCallsForEveryone();
            long before = rig.stats().devicesResynced();
            rig.watcher.reset();
            long crashed = System.nanoTime();
            rig.sim.asCrash(true);
            Poll.until("every device resynchronised", Duration.ofMinutes(5),
                    () -> rig.stats().devicesResynced() - before >= users);
            long applied = System.nanoTime();
            Poll.until("every address back in service at the application", Duration.ofMinutes(5),
                    () -> rig.watcher.addressesInService() >= users);
            System.out.printf("AS failover with resync, %d users on %d calls: every device resynchronised %d ms,"
                    + " every address back in service at the application %d ms after the crash (target <= 2000);"
                    + " %d unsynchronised parties cleared%n", users, calls, millis(crashed, applied),
                    millis(crashed, rig.watcher.lastAddressInServiceAt()), rig.stats().unsynchronisedParties());
            Report.value("ha.resync", millis(crashed, rig.watcher.lastAddressInServiceAt()) / 1000.0, users,
                    String.format(Locale.ROOT, "AS crash with resync event, %d users on %d calls: every address back "
                            + "in service at the application; %d unsynchronised parties cleared", users, calls,
                            rig.stats().unsynchronisedParties()));
            Report.value("ha.resync-applied", millis(crashed, applied) / 1000.0, users,
                    "every device resynchronised by the connector (its devicesResynced counter)");
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return sorted(values).get(values.size() / 2);
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = sorted(values);
        return "min " + sorted.get(0) + " / median " + sorted.get(sorted.size() / 2) + " / max "
                + sorted.get(sorted.size() - 1);
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
