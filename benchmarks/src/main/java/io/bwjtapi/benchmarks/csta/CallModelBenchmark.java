package io.bwjtapi.benchmarks.csta;

import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.benchmarks.ShortJmh;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.sync.ReconcileResult;
import io.bwjtapi.csta.sync.Reconciler;
import io.bwjtapi.csta.translate.Outcome;
import io.bwjtapi.csta.translate.Translation;
import io.bwjtapi.csta.translate.XsiTranslator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures the CSTA call model on one thread (prints numbers, asserts nothing; target: at least 500 000 model
 * updates per second):
 * <ul>
 *   <li>{@code modelUpdates}: typed Xsi call events applied by the translator, each producing its CSTA events,
 *       with 1 000 calls between 2 000 monitored users live at once (score = events per second);</li>
 *   <li>{@code resyncInStep}: one device's snapshot reconciled against a model of 1 000 live calls when it
 *       agrees (the periodic forced resync; score = devices per second);</li>
 *   <li>{@code resyncStuckCall}: the same when BroadWorks no longer knows the device's call (AS failover; the
 *       reconciler is pure, so the same model serves every invocation).</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CallModelBenchmark}, or for the suite's short settings
 * and result lines {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.csta.CallModelBenchmark
 * [seconds per iteration]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallModelBenchmark {
    private static final int PAIRS = 1_000;
    private static final int CALLS_PER_PAIR = 10;
    private static final int EVENTS = PAIRS * CALLS_PER_PAIR * CallFlowStream.EVENTS_PER_CALL;

    private List<CallFlowStream.Delivery> stream;
    private CallModel live;
    private List<DeviceId> devices;
    private List<List<io.bwjtapi.xsi.model.Call>> snapshots;
    private final Reconciler reconciler = new Reconciler();
    private int next;

    @Setup
    public void setUp() {
        stream = CallFlowStream.build(PAIRS, CALLS_PER_PAIR);
        live = new CallModel();
        XsiTranslator translator = new XsiTranslator();
        // the first four steps of the first call of every pair: 1 000 answered calls
        stream.subList(0, 4 * PAIRS).forEach(d -> translator.apply(live, d.device(), d.data()));
        devices = stream.subList(0, 2 * PAIRS).stream().map(CallFlowStream.Delivery::device).distinct()
                .collect(Collectors.toList());
        snapshots = devices.stream().map(d -> live.legsOf(d).stream().map(Leg::call).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void modelUpdates(Blackhole sink) {
        CallModel model = new CallModel();
        XsiTranslator translator = new XsiTranslator();
        for (CallFlowStream.Delivery d : stream) {
            Translation t = translator.apply(model, d.device(), d.data());
            if (t.outcome() != Outcome.APPLIED) {
                throw new IllegalStateException("benchmark stream not applied: " + t + " for " + d);
            }
            sink.consume(t.events());
        }
    }

    @Benchmark
    public ReconcileResult resyncInStep() {
        int i = next++ % devices.size();
        return reconciler.reconcile(live, devices.get(i), snapshots.get(i), null);
    }

    @Benchmark
    public ReconcileResult resyncStuckCall() {
        int i = next++ % devices.size();
        return reconciler.reconcile(live, devices.get(i), List.of(), null);
    }

    /**
     * Runs the three benchmarks and prints the summary and the suite's result lines.
     *
     * @param args none for the annotated JMH settings, or the seconds per iteration for a short run
     * @throws Exception when JMH fails
     */
    public static void main(String[] args) throws Exception {
        ShortJmh jmh = ShortJmh.run(CallModelBenchmark.class, args);
        System.out.printf("csta model updates: %,.0f per second on one thread (target >= 500 000); device resync "
                + "%,.0f/s when in step, %,.0f/s with a stuck call%n", jmh.score("modelUpdates"),
                jmh.score("resyncInStep"), jmh.score("resyncStuckCall"));
        Report.value("csta.model-updates", jmh.score("modelUpdates"), "1 000 live calls between 2 000 devices; "
                + jmh.detail("modelUpdates"));
        Report.value("csta.resync-in-step", jmh.score("resyncInStep"), jmh.detail("resyncInStep"));
        Report.value("csta.resync-stuck-call", jmh.score("resyncStuckCall"), jmh.detail("resyncStuckCall"));
    }
}
