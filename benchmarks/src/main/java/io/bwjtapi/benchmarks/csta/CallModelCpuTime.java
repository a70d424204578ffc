package io.bwjtapi.benchmarks.csta;

import io.bwjtapi.benchmarks.CpuTimeRate;
import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.translate.XsiTranslator;
import java.util.List;

/**
 * Prints model updates per second of the model thread's CPU time, next to the wall-clock rate (target: at least
 * 500 000 per second on one core). On a machine other work shares, {@link CallModelBenchmark}'s wall-clock score
 * understates what one core does; this harness applies the same event stream and divides by the CPU time the
 * thread really got ({@link CpuTimeRate}).
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.csta.CallModelCpuTime}
 * (optional argument: measured rounds of 100 000 events, default 30).
 */
public final class CallModelCpuTime {
    private CallModelCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<CallFlowStream.Delivery> stream = CallFlowStream.build(1_000, 10);
        CpuTimeRate rate = CpuTimeRate.measure(() -> round(stream), 30, rounds);
        System.out.printf("csta model updates: %,.0f per CPU second, %s (1 000 live calls, 2 000 monitored "
                + "devices)%n", rate.perCpuSecond(), rate.describe());
        Report.value("csta.model-updates-cpu", rate.perCpuSecond(), rate.describe()
                + " updates; 1 000 live calls, 2 000 devices");
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
