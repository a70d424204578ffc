package io.bwjtapi.broadworks.jmx;

import io.bwjtapi.broadworks.stats.FailoverTimeline;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.xsi.channel.ChannelState;
import io.bwjtapi.xsi.channel.EventChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The {@link BwProviderMXBean} of one provider: reads the session's counters, channels and reported states. */
final class BwProviderBean implements BwProviderMXBean {
    private final String providerName;
    private final SessionStats stats;
    private final Supplier<List<EventChannel>> channels;
    private final ServiceStateWatch states;

    BwProviderBean(String providerName, SessionStats stats, Supplier<List<EventChannel>> channels,
            ServiceStateWatch states) {
        this.providerName = providerName;
        this.stats = stats;
        this.channels = channels;
        this.states = states;
    }

    @Override
    public String getProviderName() {
        return providerName;
    }

    @Override
    public String getProviderState() {
        return states.providerState();
    }

    @Override
    public int getDevices() {
        return states.devices();
    }

    @Override
    public int getDevicesOutOfService() {
        return states.devicesOutOfService();
    }

    @Override
    public int getOpenChannels() {
        int open = 0;
        for (EventChannel channel : channels.get()) {
            open += channel.state() == ChannelState.OPEN ? 1 : 0;
        }
        return open;
    }

    @Override
    public String[] getChannels() {
        List<String> lines = new ArrayList<>();
        for (EventChannel channel : channels.get()) {
            lines.add(channel.endpoint() + " " + channel.state() + " " + channel.channelId().orElse("(no id yet)")
                    + ", missed heartbeats " + channel.missedHeartbeats());
        }
        return lines.toArray(new String[0]);
    }

    @Override
    public long getEvents() {
        return stats.events();
    }

    @Override
    public long getEventsDropped() {
        return stats.eventsDropped();
    }

    @Override
    public long getDuplicates() {
        return stats.duplicates();
    }

    @Override
    public long getSequenceGaps() {
        return stats.sequenceGaps();
    }

    @Override
    public long getBadDocuments() {
        return stats.badDocuments();
    }

    @Override
    public long getResyncsRequested() {
        return stats.resyncsRequested();
    }

    @Override
    public long getSnapshots() {
        return stats.snapshots();
    }

    @Override
    public long getUnsolicitedResyncs() {
        return stats.unsolicitedResyncs();
    }

    @Override
    public long getSnapshotsDisagreed() {
        return stats.snapshotsDisagreed();
    }

    @Override
    public long getDevicesResynced() {
        return stats.devicesResynced();
    }

    @Override
    public long getUnsynchronisedParties() {
        return stats.unsynchronisedParties();
    }

    @Override
    public long getChannelsOpened() {
        return stats.channelsOpened();
    }

    @Override
    public long getChannelLosses() {
        return stats.channelLosses();
    }

    @Override
    public long getFailovers() {
        return stats.failovers();
    }

    @Override
    public long getCommandsFailed() {
        return stats.commandsFailed();
    }

    @Override
    public String getLastFailoverStart() {
        return stats.lastFailover().flatMap(FailoverTimeline::detected).map(Instant::toString).orElse("");
    }

    @Override
    public long getLastFailoverDetectionToOutOfServiceMillis() {
        return between(FailoverTimeline::detected, FailoverTimeline::outOfService);
    }

    @Override
    public long getLastFailoverReconnectMillis() {
        return between(FailoverTimeline::outOfService, FailoverTimeline::channelReopened);
    }

    @Override
    public long getLastFailoverRestoreMillis() {
        return between(FailoverTimeline::channelReopened, FailoverTimeline::restored);
    }

    @Override
    public long getLastFailoverTotalMillis() {
        return between(FailoverTimeline::detected, FailoverTimeline::restored);
    }

    @Override
    public String getLastFailoverSummary() {
        return stats.lastFailover().map(FailoverTimeline::describe).orElse("");
    }

    private long between(Function<FailoverTimeline, Optional<Instant>> from,
            Function<FailoverTimeline, Optional<Instant>> to) {
        Optional<FailoverTimeline> last = stats.lastFailover();
        if (!last.isPresent() || !from.apply(last.get()).isPresent() || !to.apply(last.get()).isPresent()) {
            return -1;
        }
        return Duration.between(from.apply(last.get()).get(), to.apply(last.get()).get()).toMillis();
    }
}
