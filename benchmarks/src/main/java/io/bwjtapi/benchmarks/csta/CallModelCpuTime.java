package io.bwjtapi.benchmarks.csta;

import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.translate.XsiTranslator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Prints model updates per second of the model thread's CPU time, next to the wall-clock rate. On a machine
 * other work shares, {@link CallModelBenchmark}'s wall-clock score understates what one core does; this
 * harness applies the same event stream and divides by the CPU time the thread really got.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.csta.CallModelCpuTime}
 * (optional argument: measured rounds of 100 000 events, default 30).
 */
public final class CallModelCpuTime {
    private CallModelCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<CallFlowStream.Delivery> stream = CallFlowStream.build(1_000, 10);
        for (int i = 0; i < 30; i++) {
            round(stream);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long events = 0;
        for (int i = 0; i < rounds; i++) {
            events += round(stream);
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf("csta model updates: %,.0f per CPU second, %,.0f per wall-clock second (%,d events, "
                + "1 000 live calls, 2 000 monitored devices)%n", events / cpuSeconds, events / wallSeconds, events);
    }

    private static long round(List<CallFlowStream.Delivery> stream) {
        CallModel model = new CallModel();
        XsiTranslator translator = new XsiTranslator();
        long produced = 0;
        for (CallFlowStream.Delivery d : stream) {
            produced += translator.apply(model, d.device(), d.data()).events().size();
        }
        if (produced == 0 || model.size() != 0) {
            throw new IllegalStateException("the stream did not run through: " + model.size() + " calls left");
        }
        return stream.size();
    }
}
