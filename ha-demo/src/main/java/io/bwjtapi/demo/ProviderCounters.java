package io.bwjtapi.demo;

import io.bwjtapi.broadworks.session.BroadWorksConnector;
import io.bwjtapi.broadworks.stats.SessionStats;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Provider;

/** The provider's own counters (the BroadWorks session's), for the end of the report. */
final class ProviderCounters {
    private ProviderCounters() {
    }

    /** @return one {@code name: value} line per counter; empty when the provider is not bwjtapi's */
    static List<String> of(Provider provider) {
        List<String> lines = new ArrayList<>();
        SessionStats stats = BroadWorksConnector.stats(provider.getName()).orElse(null);
        if (stats == null) {
            return lines;
        }
        lines.add("Xsi events received: " + stats.events());
        lines.add("duplicate deliveries dropped: " + stats.duplicates());
        lines.add("events the call model could not use: " + stats.eventsDropped());
        lines.add("sequence gaps: " + stats.sequenceGaps());
        lines.add("event channels opened: " + stats.channelsOpened());
        lines.add("event channels lost: " + stats.channelLosses());
        lines.add("provider failovers (out of service): " + stats.failovers());
        lines.add("resyncs requested: " + stats.resyncsRequested());
        lines.add("unsolicited resyncs (Application Server failovers): " + stats.unsolicitedResyncs());
        lines.add("devices resynchronised in service: " + stats.devicesResynced());
        lines.add("unsynchronised parties removed: " + stats.unsynchronisedParties());
        stats.lastFailover().ifPresent(t -> lines.add("last provider failover, as the provider timed it:\n"
                + t.describe()));
        return lines;
    }
}
