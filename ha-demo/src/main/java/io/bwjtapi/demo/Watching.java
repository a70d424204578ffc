package io.bwjtapi.demo;

import io.bwjtapi.demo.record.Mark;
import io.bwjtapi.demo.record.Recorder;
import io.bwjtapi.demo.report.ConsoleTimeline;
import io.bwjtapi.samples.ProviderOpener;
import io.bwjtapi.samples.monitor.EventFormat;
import io.bwjtapi.samples.monitor.ObserverMonitor;
import java.util.List;
import javax.telephony.Provider;

/** The demo's application: the provider opened as the samples open it, watched by the observer monitor sample. */
final class Watching {
    final Provider provider;
    final List<String> addresses;

    private Watching(Provider provider, List<String> addresses) {
        this.provider = provider;
        this.addresses = addresses;
    }

    /**
     * Opens the provider, waits until it is in service and lets the monitor observe everything.
     *
     * @return the provider and its addresses' names
     */
    static Watching start(DemoOptions options, String providerString, Recorder recorder, EventFormat format,
            ConsoleTimeline console) throws Exception {
        Provider provider = ProviderOpener.openInService(options.peer(), providerString, 60);
        try {
            List<String> addresses = Addresses.names(provider);
            recorder.mark("provider in service; the monitor observes every address", Mark.Kind.NOTE);
            new ObserverMonitor(recorder, format).observe(provider);
            console.watching(addresses.size());
            return new Watching(provider, addresses);
        } catch (Exception | Error e) {
            provider.shutdown();
            throw e;
        }
    }
}
