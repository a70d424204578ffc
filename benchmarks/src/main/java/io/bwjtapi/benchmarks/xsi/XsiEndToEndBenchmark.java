package io.bwjtapi.benchmarks.xsi;

import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.load.HoldTimeDistribution;
import io.bwjtapi.simulator.load.TrafficProfile;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiCredentials;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.XsiStats;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.subscription.BulkSubscribeResult;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end measurements of the Xsi client against the in-process simulator (prints numbers, asserts
 * nothing):
 * <ol>
 *   <li>events per second delivered to the consumer (decoded, acknowledged, de-duplicated, sequenced) from
 *       generated call traffic on one channel, ramped until delivery falls behind;</li>
 *   <li>the time to subscribe 10 000 users with {@code subscribeAll}, each initial snapshot delivered.</li>
 * </ol>
 * Client and simulator share the machine, so the numbers are a lower bound for the client alone.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.xsi.XsiEndToEndBenchmark}
 * (optional arguments: seconds per ramp step, default 3; users to subscribe in bulk, default 10000).
 */
public final class XsiEndToEndBenchmark {

    private XsiEndToEndBenchmark() {
    }

    /**
     * Runs both measurements.
     *
     * @param args seconds per ramp step, users to subscribe
     * @throws Exception when the simulator or the client fails
     */
    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        deliveredEventsPerSecond(seconds);
        bulkSubscription(users);
    }

    private static SimulatorConfig.Builder quiet() {
        // no recording and no acknowledgement bookkeeping in the simulator: measure the client's path
        return SimulatorConfig.builder().xspCount(1).recordLimit(0).ackTimeout(Duration.ZERO)
                .eventTimeout(Duration.ofMinutes(10)).maxChannelBacklogBytes(64 * 1024 * 1024);
    }

    private static XsiClient client(BroadWorksSimulator sim) {
        URI xsp = sim.xspBaseUri(0);
        return XsiClient.create(XsiClientConfig.builder(List.of(XsiEndpoint.http(xsp.getHost(), xsp.getPort())),
                XsiCredentials.of(SimulatorConfig.DEFAULT_ADMIN_LOGIN, SimulatorConfig.DEFAULT_PASSWORD))
                .requestTimeout(Duration.ofSeconds(30)).build());
    }

    static void deliveredEventsPerSecond(double secondsPerStep) throws Exception {
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(quiet().users(40).build());
                XsiClient client = client(sim)) {
            AtomicLong delivered = new AtomicLong();
            client.setEventConsumer((user, event) -> delivered.incrementAndGet());
            client.channels().open(XsiEndpoint.http(sim.xspBaseUri(0).getHost(), sim.xspBaseUri(0).getPort()))
                    .get(10, TimeUnit.SECONDS);
            client.subscriptions().subscribeAll(sim.users().stream().map(SimUser::userId).toList())
                    .get(60, TimeUnit.SECONDS);
            double best = 0;
            double perCall = 0;
            for (int cps = 250; cps <= 20_000; cps += cps < 2000 ? 250 : 1000) {
                sim.startTraffic(new TrafficProfile(cps, Duration.ZERO, HoldTimeDistribution.FIXED, 0, Duration.ZERO));
                long before = delivered.get();
                long start = System.nanoTime();
                Thread.sleep((long) (secondsPerStep * 1000));
                double rate = (delivered.get() - before) / ((System.nanoTime() - start) / 1e9);
                XsiStats stats = client.stats();
                System.out.printf("  %5d calls/s offered: %8.0f events/s delivered, backlog %d, %s%n", cps, rate,
                        stats.deliveryBacklog(), stats);
                perCall = perCall == 0 ? rate / cps : perCall;
                if (rate < 0.7 * perCall * cps || stats.deliveryBacklog() > 10_000) {
                    break;
                }
                best = Math.max(best, rate);
            }
            sim.stopTraffic();
            System.out.printf("xsi.end-to-end: %.0f events/s delivered to the consumer (simulator on the same "
                    + "machine), %s%n", best, client.stats());
            Report.value("xsi.client-end-to-end", best, String.format(Locale.ROOT, "decoded, acknowledged, "
                    + "de-duplicated and sequenced, from generated calls among 40 users on one channel; simulator in "
                    + "the same JVM; %.1f s per ramp step", secondsPerStep));
        }
    }

    static void bulkSubscription(int users) throws Exception {
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(quiet().users(users).build());
                XsiClient client = client(sim)) {
            AtomicLong snapshots = new AtomicLong();
            client.setEventConsumer((user, event) -> {
                if (event.data().type() == EventDataType.CALL_SUBSCRIPTION) {
                    snapshots.incrementAndGet();
                }
            });
            client.channels().open(XsiEndpoint.http(sim.xspBaseUri(0).getHost(), sim.xspBaseUri(0).getPort()))
                    .get(10, TimeUnit.SECONDS);
            List<String> ids = sim.users().stream().map(SimUser::userId).toList();
            long start = System.nanoTime();
            BulkSubscribeResult result = client.subscriptions().subscribeAll(ids).get(10, TimeUnit.MINUTES);
            double subscribed = (System.nanoTime() - start) / 1e9;
            while (snapshots.get() < result.subscribed().size() && System.nanoTime() - start < 120e9) {
                Thread.sleep(10);
            }
            double withSnapshots = (System.nanoTime() - start) / 1e9;
            System.out.printf("xsi.subscribe-all: %d users subscribed in %.2f s (%.0f/s, concurrency %d), all "
                    + "snapshots delivered after %.2f s; %s%n", result.subscribed().size(), subscribed,
                    result.subscribed().size() / subscribed, client.config().bulkConcurrency(), withSnapshots, result);
            Report.value("xsi.subscribe-all", withSnapshots, users, String.format(Locale.ROOT, "subscribeAll done "
                    + "after %.2f s (%d subscribed, concurrency %d), then every initial CallSubscriptionEvent "
                    + "delivered",
                    subscribed, result.subscribed().size(), client.config().bulkConcurrency()));
        }
    }
}
