package io.bwjtapi.benchmarks.suite;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Every number the suite reports, with the targets of the issues (4, 3, 6, 8 and 11), and the programs that
 * measure them. Sizes are the full ones; {@code --scale} changes them, not the targets.
 */
public final class Catalog {
    /** The sizes of the issues: 1 000 and 10 000 monitored addresses (users, subscriptions). */
    static final int SMALL = 1_000;
    static final int LARGE = 10_000;

    private static final List<Measure> MEASURES = List.of(
            new Measure("xsi.decode-cpu", "xsi", "Xsi event decode per CPU second (one core)", "events/s",
                    Target.atLeast(100_000)),
            new Measure("xsi.decode-vs-parse", "xsi", "decode / bare Woodstox parse of the same bytes", "ratio", null),
            new Measure("xsi.decode", "xsi", "Xsi event decode, one thread, wall clock (JMH)", "events/s", null),
            new Measure("xsi.bare-parse", "xsi", "bare Woodstox parse, one thread, wall clock (JMH)", "docs/s", null),
            new Measure("xsi.stream-pipeline", "xsi", "HTTP chunks + framing + decode, wall clock (JMH)", "events/s",
                    null),
            new Measure("csta.model-updates-cpu", "csta", "CSTA model updates per CPU second (one core)", "updates/s",
                    Target.atLeast(500_000)),
            new Measure("csta.model-updates", "csta", "CSTA model updates, one thread, wall clock (JMH)", "updates/s",
                    null),
            new Measure("csta.resync-in-step", "csta", "device resync that agrees (1 000 live calls)", "devices/s",
                    null),
            new Measure("csta.resync-stuck-call", "csta", "device resync clearing a stuck call", "devices/s", null),
            new Measure("jtapi.dispatch-observers", "jtapi", "JTAPI events delivered to observers", "events/s",
                    Target.atLeast(50_000)),
            new Measure("jtapi.dispatch-listeners", "jtapi", "JTAPI events delivered to listeners", "events/s",
                    Target.atLeast(50_000)),
            new Measure("latency.light-rate", "latency", "offered Xsi event rate (light latency run)", "events/s",
                    null),
            new Measure("latency.light-p50", "latency", "Xsi event -> observer callback, p50, light run", "ms", null),
            new Measure("latency.light-p99", "latency", "Xsi event -> observer callback, p99, light run", "ms", null),
            new Measure("latency.light-p999", "latency", "Xsi event -> observer callback, p99.9, light run", "ms",
                    null),
            new Measure("latency.rate", "latency", "offered Xsi event rate (latency run)", "events/s", null),
            new Measure("latency.p50", "latency", "Xsi event -> observer callback, p50", "ms", null),
            new Measure("latency.p99", "latency", "Xsi event -> observer callback, p99", "ms", Target.below(5)),
            new Measure("latency.p999", "latency", "Xsi event -> observer callback, p99.9", "ms", null),
            new Measure("startup.small", "footprint", "provider start-up, {size} addresses", "s", null, SMALL),
            new Measure("startup.large", "footprint", "provider start-up, {size} addresses", "s", Target.below(10),
                    LARGE),
            new Measure("heap.small", "footprint", "provider heap, {size} idle addresses", "MB", null, SMALL),
            new Measure("heap.large", "footprint", "provider heap, {size} idle addresses", "MB", null, LARGE),
            new Measure("heap.per-idle-address", "footprint", "heap per idle address", "KB", Target.atMost(4)),
            new Measure("heap.per-active-call", "footprint", "heap per active call", "KB", Target.atMost(16)),
            new Measure("simulator.events-to-one-channel", "simulator", "simulator events to one channel", "events/s",
                    Target.atLeast(20_000)),
            new Measure("simulator.create-subscriptions", "simulator", "simulator: create {size} subscriptions", "s",
                    null, LARGE),
            new Measure("xsi.client-end-to-end", "xsi-client", "Xsi client events delivered from the simulator",
                    "events/s", null),
            new Measure("xsi.subscribe-all", "xsi-client", "Xsi client: subscribe {size} users with snapshots", "s",
                    null, LARGE),
            new Measure("ha.detection", "ha", "silent XSP loss detected (median)", "s", Target.atMost(3)),
            new Measure("ha.out-of-service", "ha", "silent XSP loss -> ProvOutOfServiceEv (median)", "s", null),
            new Measure("ha.recovery.small", "ha", "recovery, {size} addresses, 20 % on calls", "s", Target.atMost(5),
                    SMALL),
            new Measure("ha.recovery.large", "ha", "recovery, {size} addresses, 20 % on calls", "s", Target.atMost(5),
                    LARGE),
            new Measure("ha.resync", "ha", "AS failover resync, {size} users, seen by the application", "s",
                    Target.atMost(2), LARGE),
            new Measure("ha.resync-applied", "ha", "AS failover resync, {size} users, applied by the connector", "s",
                    null, LARGE));

    private static final List<Task> TASKS = List.of(
            new Task("xsi", "Xsi decode per CPU second", "io.bwjtapi.benchmarks.xsi.XsiDecodeCpuTime",
                    o -> List.of(String.valueOf(Math.max(5, Math.round(40 * o.time())))), Duration.ofMinutes(2)),
            new Task("xsi", "Xsi decode (JMH)", "io.bwjtapi.benchmarks.xsi.XsiDecodeBenchmark",
                    o -> List.of(o.secondsArg(1)), Duration.ofMinutes(3)),
            new Task("csta", "CSTA call model (JMH)", "io.bwjtapi.benchmarks.csta.CallModelBenchmark",
                    o -> List.of(o.secondsArg(1)), Duration.ofMinutes(3)),
            new Task("csta", "CSTA call model per CPU second", "io.bwjtapi.benchmarks.csta.CallModelCpuTime",
                    o -> List.of(String.valueOf(Math.max(3, Math.round(20 * o.time())))), Duration.ofMinutes(2)),
            new Task("jtapi", "JTAPI dispatch to observers and listeners",
                    "io.bwjtapi.benchmarks.jtapi.DispatchThroughput", o -> List.of(o.secondsArg(3), o.secondsArg(6)),
                    Duration.ofMinutes(2)),
            new Task("latency", "latency at 5 000 Xsi events/s", "io.bwjtapi.benchmarks.jtapi.DispatchLatency",
                    o -> List.of("5000", o.secondsArg(4), o.secondsArg(10), "1000"), Duration.ofMinutes(2)),
            new Task("footprint", "provider start-up and heap", "io.bwjtapi.benchmarks.footprint.StartupAndHeap",
                    o -> List.of(String.valueOf(o.size(SMALL)), String.valueOf(o.size(LARGE))),
                    Duration.ofMinutes(4)),
            new Task("simulator", "simulator events/s and subscriptions",
                    "io.bwjtapi.benchmarks.simulator.SimulatorBenchmark",
                    o -> List.of(o.secondsArg(1), String.valueOf(o.size(LARGE))), Duration.ofMinutes(3)),
            new Task("xsi-client", "Xsi client end to end", "io.bwjtapi.benchmarks.xsi.XsiEndToEndBenchmark",
                    o -> List.of(o.secondsArg(1), String.valueOf(o.size(LARGE))), Duration.ofMinutes(3)),
            new Task("ha", "failover: detection, recovery, AS resync", "io.bwjtapi.benchmarks.ha.HaMeasurements",
                    o -> List.of(String.valueOf(o.size(SMALL)), String.valueOf(o.size(LARGE))),
                    Duration.ofMinutes(6)));

    private Catalog() {
    }

    /** @return every measure, in table order */
    public static List<Measure> measures() {
        return MEASURES;
    }

    /** @return every program, in run order */
    public static List<Task> tasks() {
        return TASKS;
    }

    /** @return the group names, in run order */
    public static List<String> groups() {
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        TASKS.forEach(t -> groups.add(t.group()));
        return List.copyOf(groups);
    }

    /** @param id a measure id @return the measure */
    public static Optional<Measure> measure(String id) {
        return MEASURES.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
