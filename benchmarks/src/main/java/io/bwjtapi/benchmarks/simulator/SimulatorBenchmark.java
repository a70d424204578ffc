package io.bwjtapi.benchmarks.simulator;

import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.EmittedDocument;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorListener;
import io.bwjtapi.simulator.load.HoldTimeDistribution;
import io.bwjtapi.simulator.load.TrafficProfile;
import io.bwjtapi.simulator.model.SimUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the simulator (prints numbers, asserts nothing):
 * <ol>
 *   <li>events per second it sustains to ONE event channel: generated calls (dial, answer, release) among
 *       users with Advanced Call subscriptions, ramped until the channel's reader falls behind;</li>
 *   <li>the time to create 10 000 subscriptions over Xsi HTTP (with their initial CallSubscriptionEvents
 *       streamed to the channel).</li>
 * </ol>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.simulator.SimulatorBenchmark}
 * (optional arguments: seconds per ramp step, default 2; subscriptions, default 10000). Asserts nothing.
 */
public final class SimulatorBenchmark {
    private static final String ADMIN = SimulatorConfig.DEFAULT_ADMIN_LOGIN;
    private static final String PASSWORD = SimulatorConfig.DEFAULT_PASSWORD;
    /** Unread documents beyond which the channel's reader counts as not keeping up. */
    private static final long BACKLOG_LIMIT = 20_000;

    private SimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int subscriptions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        eventsPerSecond(seconds);
        subscriptionCreation(subscriptions);
    }

    private static SimulatorConfig.Builder quiet() {
        // no acknowledgement tracking and no recording: measure the event path itself
        return SimulatorConfig.builder().ackTimeout(Duration.ZERO).recordLimit(0).xspCount(1)
                .eventTimeout(Duration.ofMinutes(10)).maxChannelBacklogBytes(64 * 1024 * 1024);
    }

    /**
     * Ramps generated traffic (calls among 20 users, all subscribed on one channel, answered and released at
     * once) and reports the highest event rate the channel's reader received while the backlog stayed small.
     * The load generator runs on the switch thread, so no client round trip limits the rate.
     */
    static void eventsPerSecond(double secondsPerStep) throws Exception {
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(quiet().users(20).build())) {
            AtomicLong emitted = new AtomicLong();
            sim.addListener(new SimulatorListener() {
                @Override
                public void documentEmitted(EmittedDocument document) {
                    if (document.onChannel()) {
                        emitted.incrementAndGet();
                    }
                }
            });
            try (ChunkCounter channel = new ChunkCounter(sim.xspBaseUri(0), ADMIN, PASSWORD, "bench")) {
                Xsi xsi = new Xsi(sim.xspBaseUri(0));
                for (SimUser user : sim.users()) {
                    xsi.subscribe(user.userId(), "bench");
                }
                double best = 0;
                double eventsPerCall = 0;
                for (int cps = 500; cps <= 20_000; cps += cps < 2000 ? 500 : 1000) {
                    sim.startTraffic(new TrafficProfile(cps, Duration.ZERO, HoldTimeDistribution.FIXED, 0,
                            Duration.ZERO));
                    long chunks0 = channel.chunks();
                    long start = System.nanoTime();
                    Thread.sleep((long) (secondsPerStep * 1000));
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    double rate = (channel.chunks() - chunks0) / elapsed;
                    long backlog = emitted.get() - channel.chunks();
                    System.out.printf("  %5d calls/s offered: %8.0f events/s received, backlog %d documents%n", cps,
                            rate, backlog);
                    if (eventsPerCall == 0) {
                        eventsPerCall = rate / cps;
                    }
                    if (backlog > BACKLOG_LIMIT || rate < 0.7 * eventsPerCall * cps) {
                        break; // the channel (or the switch generating the calls) no longer keeps up
                    }
                    best = Math.max(best, rate);
                }
                sim.stopTraffic();
                System.out.printf("simulator.events-to-one-channel: %.0f events/s sustained (target >= 20000 "
                        + "events/s)%n", best);
                Report.value("simulator.events-to-one-channel", best, String.format(Locale.ROOT, "highest rate a raw "
                        + "socket reader received while the backlog stayed under %,d documents; %.1f s per step",
                        BACKLOG_LIMIT, secondsPerStep));
            }
        }
    }

    static void subscriptionCreation(int count) throws Exception {
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(quiet().users(count).build());
                ChunkCounter channel = new ChunkCounter(sim.xspBaseUri(0), ADMIN, PASSWORD, "bench")) {
            List<SimUser> users = sim.users();
            Xsi xsi = new Xsi(sim.xspBaseUri(0));
            int parallel = 8;
            long start = System.nanoTime();
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            for (int w = 0; w < parallel; w++) {
                int first = w;
                workers.add(CompletableFuture.runAsync(() -> {
                    for (int u = first; u < users.size(); u += parallel) {
                        xsi.subscribe(users.get(u).userId(), "bench");
                    }
                }));
            }
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
            long created = System.nanoTime() - start;
            while (channel.chunks() < count + 1) {
                LockSupport.parkNanos(1_000_000);
            }
            long streamed = System.nanoTime() - start;
            System.out.printf("simulator.create-%d-subscriptions: %d ms (%.0f subscriptions/s over HTTP, %d "
                    + "clients); all initial events on the channel after %d ms%n", count, created / 1_000_000,
                    count / (created / 1e9), parallel, streamed / 1_000_000);
            Report.value("simulator.create-subscriptions", created / 1e9, count, String.format(Locale.ROOT,
                    "%,.0f subscriptions/s over HTTP from %d clients; every initial event on the channel after %.2f s",
                    count / (created / 1e9), parallel, streamed / 1e9));
        }
    }

    /** Minimal Xsi-Events client for subscriptions. */
    private static final class Xsi {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI base;
        private final String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        Xsi(URI base) {
            this.base = base;
        }

        void subscribe(String userId, String channelSetId) {
            String body = "<Subscription xmlns=\"http://schema.broadsoft.com/xsi\"><event>Advanced Call</event>"
                    + "<expires>3600</expires><channelSetId>" + channelSetId + "</channelSetId>"
                    + "<applicationId>bench</applicationId></Subscription>";
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/com.broadsoft.xsi-events/v2.0/user/" + userId))
                    .header("Authorization", authorization).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("subscription refused: " + response.statusCode());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
