package io.bwjtapi.benchmarks.jtapi;

import io.bwjtapi.benchmarks.Percentiles;
import io.bwjtapi.benchmarks.Poll;
import io.bwjtapi.benchmarks.ProviderStrings;
import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.benchmarks.ThreadCpu;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.load.HoldTimeDistribution;
import io.bwjtapi.simulator.load.TrafficProfile;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import javax.telephony.Address;
import javax.telephony.Provider;

/**
 * Latency from an Xsi event leaving the simulator to the JTAPI observer callback while the simulator sends a
 * steady rate of events to the provider's channel (target: p99 below 5 ms at 5 000 events/s).
 * <p>
 * The simulator's load generator places calls from 200 monitored users to external numbers (answered after
 * 50 ms, released after 200 ms) at the rate that makes the channel carry the requested documents per second;
 * every document counts (call events, hook status, the CallSubscriptionEvents of the provider's forced resyncs),
 * and the calls per second are calibrated during the warm-up. {@link LatencyProbe} times the originated and
 * released events of every call. Simulator, provider and observer share one JVM and the machine's cores, so the
 * numbers include the simulator's work and every pause of that JVM; the detail gives the garbage collection
 * time and the machine's load. Prints numbers, asserts nothing.
 * <p>
 * Before the requested rate, the same is measured at a light rate (default 1 000 events/s), so that a miss at the
 * requested rate can be told from a latency the path always has.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.jtapi.DispatchLatency [events/s]
 * [warm-up seconds] [measured seconds] [light events/s, 0 for none]} (default 5000, 4, 12 and 1000).
 */
public final class DispatchLatency {
    private static final int USERS = 200;
    /** Documents per call before calibration: hook, originated, resync snapshot, answered, released, hook. */
    private static final double DOCUMENTS_PER_CALL = 6;

    private DispatchLatency() {
    }

    public static void main(String[] args) throws Exception {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 5000;
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        double measured = args.length > 2 ? Double.parseDouble(args[2]) : 12;
        double light = args.length > 3 ? Double.parseDouble(args[3]) : 1000;
        LatencyProbe probe = new LatencyProbe();
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(SimulatorConfig.builder().xspCount(1).users(USERS)
                .recordLimit(0).maxChannelBacklogBytes(64 * 1024 * 1024).build())) {
            sim.addListener(probe);
            Provider provider = ProviderStrings.open(ProviderStrings.forSimulator(sim.xspBaseUris(),
                    sim.users().get(0).userId()));
            try {
                Poll.until("provider in service", Duration.ofSeconds(60),
                        () -> provider.getState() == Provider.IN_SERVICE);
                for (Address address : provider.getAddresses()) {
                    address.addCallObserver(probe);
                }
                if (light > 0) { // also warms the JIT up for the requested rate
                    measure(sim, probe, light, 2 * warmup, measured, "latency.light-", "light run");
                }
                measure(sim, probe, rate, warmup, measured, "latency.", "target p99 < 5 ms");
            } finally {
                sim.stopTraffic();
                provider.shutdown();
            }
        }
    }

    /** Runs traffic at the rate, then reports under ids that start with the prefix. */
    private static void measure(BroadWorksSimulator sim, LatencyProbe probe, double rate, double warmupSeconds,
            double measuredSeconds, String prefix, String note) throws InterruptedException {
        long calls = sim.trafficStats().started();
        long documents = probe.documents();
        sim.startTraffic(traffic(rate / DOCUMENTS_PER_CALL));
        Thread.sleep((long) (warmupSeconds * 1000));
        double perCall = (probe.documents() - documents) / (double) Math.max(1, sim.trafficStats().started() - calls);
        sim.startTraffic(traffic(rate / Math.max(1, perCall)));
        Thread.sleep(500); // the new rate settles
        long gcMillis = gcMillis();
        ThreadCpu cpu = ThreadCpu.now();
        long from = System.nanoTime();
        documents = probe.documents();
        Thread.sleep((long) (measuredSeconds * 1000));
        long to = System.nanoTime();
        double offered = (probe.documents() - documents) / ((to - from) / 1e9);
        gcMillis = gcMillis() - gcMillis;
        ThreadCpu used = ThreadCpu.now();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        sim.stopTraffic();
        long probed = probe.probed(from, to);
        try {
            Poll.until("the probed events at the observer", Duration.ofSeconds(10),
                    () -> probe.latencies(from, to).length >= probed);
        } catch (IllegalStateException e) {
            System.out.println("  not every probed event reached the observer within 10 s");
        }
        long[] latencies = probe.latencies(from, to);
        if (latencies.length == 0) {
            throw new IllegalStateException("no probed event reached the observer");
        }
        Percentiles p = new Percentiles(latencies);
        String detail = String.format(Locale.ROOT, "%,d samples (%d probed events not delivered), max %.1f ms; "
                + "%.0f s at %,.0f events/s on one channel (%.1f per call), %d users calling external numbers; "
                + "simulator, provider and observer in one JVM, which used %.2f cores and spent %d ms in GC pauses "
                + "during the window; machine load average %.1f on %d cores", p.count(), probed - p.count(),
                p.max() / 1e6, (to - from) / 1e9, offered, perCall, USERS, used.coresSince(cpu), gcMillis, load,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("Xsi event -> observer callback at %,.0f events/s: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms"
                + " (%s); %s%n", offered, p.at(0.5) / 1e6, p.at(0.99) / 1e6, p.at(0.999) / 1e6, note, detail);
        System.out.println("  CPU by thread group (% of one core): " + used.describeSince(cpu));
        Report.value(prefix + "rate", offered, String.format(Locale.ROOT, "requested %.0f events/s", rate));
        Report.value(prefix + "p50", p.at(0.5) / 1e6, detail);
        Report.value(prefix + "p99", p.at(0.99) / 1e6, detail);
        Report.value(prefix + "p999", p.at(0.999) / 1e6, detail);
    }

    private static TrafficProfile traffic(double callsPerSecond) {
        return new TrafficProfile(callsPerSecond, Duration.ofMillis(200), HoldTimeDistribution.FIXED, 1.0,
                Duration.ofMillis(50));
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
