package io.bwjtapi.demo;

import io.bwjtapi.demo.analysis.ScenarioResult;
import io.bwjtapi.demo.record.Recorder;
import io.bwjtapi.demo.report.ConsoleTimeline;
import io.bwjtapi.demo.scenario.FaultScript;
import io.bwjtapi.demo.scenario.SimulatedBroadWorks;
import io.bwjtapi.samples.monitor.EventFormat;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Provider;

/**
 * The demo against the embedded simulator: BroadWorks with two XSPs, an Application Server pair, users, long calls
 * and background traffic; the observer monitor sample as the application; the fault script; the judgement.
 */
final class SimulatorDemo {
    private SimulatorDemo() {
    }

    static DemoResult run(DemoOptions options, Recorder recorder, EventFormat format, ConsoleTimeline console)
            throws Exception {
        try (SimulatedBroadWorks broadWorks = new SimulatedBroadWorks(options.users())) {
            String setting = "the embedded BroadWorks simulator: 2 XSPs, a primary/secondary Application Server pair, "
                    + options.users() + " users, " + SimulatedBroadWorks.LONG_CALLS + " long calls and "
                    + (int) SimulatedBroadWorks.CALLS_PER_SECOND + " new calls a second of background traffic";
            console.start(setting, Masking.providerString(broadWorks.providerString()));
            Watching app = Watching.start(options, broadWorks.providerString(), recorder, format, console);
            Provider provider = app.provider;
            List<ScenarioResult> results = new ArrayList<>();
            List<String> counters;
            try {
                broadWorks.placeLongCalls();
                broadWorks.startTraffic();
                Thread.sleep(options.pace().observe().toMillis());
                new FaultScript(broadWorks.sim(), provider, recorder, options.pace(), result -> {
                    results.add(result);
                    console.print(result);
                }).run();
                counters = ProviderCounters.of(provider);
            } finally {
                broadWorks.sim().stopTraffic();
                provider.shutdown();
            }
            return new DemoResult(setting, Masking.providerString(broadWorks.providerString()), app.addresses,
                    recorder.seen(), recorder.marks(), results, recorder.now(), counters);
        }
    }
}
