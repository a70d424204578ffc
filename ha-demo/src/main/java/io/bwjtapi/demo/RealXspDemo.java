package io.bwjtapi.demo;

import io.bwjtapi.demo.record.Recorder;
import io.bwjtapi.demo.report.ConsoleTimeline;
import io.bwjtapi.samples.monitor.EventFormat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.telephony.Provider;

/**
 * The demo against a real BroadWorks: the same application (the observer monitor sample) watches every address of
 * the provider for a while and the report shows whatever it saw; nothing is injected.
 */
final class RealXspDemo {
    private RealXspDemo() {
    }

    static DemoResult run(DemoOptions options, Recorder recorder, EventFormat format, ConsoleTimeline console)
            throws Exception {
        String providerString = options.provider().orElseThrow();
        String shown = Masking.providerString(providerString);
        String setting = "a real BroadWorks, watched for " + options.seconds() + " s (no faults injected)";
        console.start(setting, shown);
        Watching app = Watching.start(options, providerString, recorder, format, console);
        Provider provider = app.provider;
        List<String> counters;
        try {
            boolean interactive = System.console() != null;
            console.note("Watching for " + options.seconds() + " s" + (interactive ? "; press Enter to stop earlier."
                    : "."));
            awaitEnterOrTimeout(options.seconds(), interactive);
            counters = ProviderCounters.of(provider);
        } finally {
            provider.shutdown();
        }
        console.serviceEvents(recorder.seen());
        return new DemoResult(setting, shown, app.addresses, recorder.seen(), recorder.marks(),
                List.of(), recorder.now(), counters);
    }

    /** Only a terminal is read: a non-interactive standard input may belong to someone else (a test runner). */
    private static void awaitEnterOrTimeout(int seconds, boolean interactive) throws Exception {
        if (!interactive) {
            Thread.sleep(seconds * 1000L);
            return;
        }
        CompletableFuture<Void> enter = CompletableFuture.runAsync(() -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                if (in.readLine() == null) {
                    new CompletableFuture<Void>().join(); // no console: only the time ends the watch
                }
            } catch (java.io.IOException e) {
                // no console
            }
        });
        try {
            enter.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // the time is up
        }
    }
}
