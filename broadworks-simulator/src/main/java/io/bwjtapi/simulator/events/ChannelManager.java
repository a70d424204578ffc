package io.bwjtapi.simulator.events;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.engine.IdGenerator;
import io.bwjtapi.simulator.engine.Scheduler;
import io.bwjtapi.simulator.xsi.ChannelRequest;
import io.bwjtapi.simulator.xsi.EventDocuments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event channels and channel sets: creation with clamped expiry, the DuplicateChannelSet rule, heartbeats
 * with eventTimeout teardown, update, delete, expiry and every other way a channel ends.
 */
public final class ChannelManager {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelManager.class);

    private final SimulatorConfig config;
    private final IdGenerator ids;
    private final Scheduler scheduler;
    private final EventsObserver observer;
    private final Map<String, EventChannel> channels = new LinkedHashMap<>();
    private final Map<EventStream, EventChannel> byStream = new IdentityHashMap<>();
    private final Map<String, List<EventChannel>> sets = new HashMap<>();
    /** (owner, applicationId) → the set that holds it: one channel set per login and application id. */
    private final Map<String, String> applicationSets = new HashMap<>();
    private int splitRemaining;

    public ChannelManager(SimulatorConfig config, IdGenerator ids, Scheduler scheduler, EventsObserver observer) {
        this.config = config;
        this.ids = ids;
        this.scheduler = scheduler;
        this.observer = observer;
    }

    /** Creates a channel on an opened stream and sends its first chunk. */
    public EventChannel open(String owner, ChannelRequest request, EventStream stream) {
        validateCreate(request);
        int granted = clamp(request.expires(), config.minChannelExpires(), config.maxChannelExpires());
        EventChannel channel = new EventChannel(ids.uuid(), owner, request.channelSetId(), request.priority(),
                request.weight(), request.applicationId(), granted, stream);
        if (request.applicationId() != null) {
            String previous = applicationSets.put(owner + '\n' + request.applicationId(), channel.setKey());
            if (previous != null && !previous.equals(channel.setKey())) {
                new ArrayList<>(sets.getOrDefault(previous, List.of()))
                        .forEach(c -> terminate(c, "DuplicateChannelSet"));
            }
        }
        channels.put(channel.channelId, channel);
        byStream.put(stream, channel);
        sets.computeIfAbsent(channel.setKey(), k -> new ArrayList<>()).add(channel);
        send(channel, EventDocuments.channelCreated(channel.channelId, granted));
        armHeartbeatTimeout(channel);
        armExpiry(channel);
        observer.channelOpened(channel);
        return channel;
    }

    /** Checks a create request before its stream is opened. */
    public static void validateCreate(ChannelRequest request) {
        if (request.channelId() != null) {
            throw new SimulatorException(Reason.BAD_REQUEST, "channelId must not be sent when creating a channel");
        }
        if (request.channelSetId() == null) {
            throw new SimulatorException(Reason.BAD_REQUEST, "channelSetId is required");
        }
    }

    /** Answers a heartbeat on the XSP that holds the channel; anything else is an unknown channel. */
    public void heartbeat(String owner, String channelId, int xspIndex) {
        EventChannel channel = require(owner, channelId);
        if (channel.xspIndex() != xspIndex) {
            throw new SimulatorException(Reason.NOT_FOUND, "channel " + channelId + " is not held by this XSP");
        }
        send(channel, EventDocuments.heartbeat());
        armHeartbeatTimeout(channel);
    }

    /** Changes a channel's expiry (the only thing an update can change); returns the channel. */
    public EventChannel update(String owner, String channelId, ChannelRequest request) {
        EventChannel channel = require(owner, channelId);
        if (request.expires() != null) {
            channel.expires = clamp(request.expires(), config.minChannelExpires(), config.maxChannelExpires());
            armExpiry(channel);
        }
        return channel;
    }

    public void delete(String owner, String channelId) {
        terminate(require(owner, channelId), "ExplicitDelete");
    }

    public EventChannel require(String owner, String channelId) {
        EventChannel channel = channels.get(channelId);
        if (channel == null || !channel.owner.equals(owner)) {
            throw new SimulatorException(Reason.NOT_FOUND, "unknown channel " + channelId);
        }
        return channel;
    }

    /** Sends ChannelTerminatedEvent with the reason, then ends the stream. */
    public void terminate(EventChannel channel, String reason) {
        if (channel.closed) {
            return;
        }
        send(channel, EventDocuments.channelTerminated(channel.channelId, reason));
        remove(channel, reason);
        channel.stream.close();
    }

    /** Ends every channel of a set with the reason. */
    public void terminateSet(String owner, String channelSetId, String reason) {
        new ArrayList<>(liveChannels(owner, channelSetId)).forEach(c -> terminate(c, reason));
    }

    /** Drops a channel whose reader does not drain its stream: memory must not grow without bound. */
    public void dropSlowReader(EventChannel channel) {
        LOG.warn("dropping event channel {} on XSP {}: its reader left more than {} bytes unread",
                channel.channelId, channel.xspIndex(), config.maxChannelBacklogBytes());
        remove(channel, "reader not draining");
        channel.stream.abort();
    }

    /** The connection of a stream went away (client closed, reset, XSP killed): the channel is gone. */
    public void streamLost(EventStream stream) {
        EventChannel channel = byStream.get(stream);
        if (channel != null && !channel.closed) {
            remove(channel, "connection lost");
        }
    }

    /** Ends every channel held by an XSP, as a crashed XSP loses them; the transport resets the connections. */
    public void xspLost(int xspIndex) {
        for (EventChannel channel : new ArrayList<>(channels.values())) {
            if (channel.xspIndex() == xspIndex) {
                remove(channel, "XSP " + xspIndex + " lost");
            }
        }
    }

    /** Ends the channels a deleted user owned, with reason UserDeleted. */
    public void ownerDeleted(String owner) {
        new ArrayList<>(channels.values()).stream().filter(c -> c.owner.equals(owner))
                .forEach(c -> terminate(c, "UserDeleted"));
    }

    /** Returns the open channels of a set. */
    public List<EventChannel> liveChannels(String owner, String channelSetId) {
        return sets.getOrDefault(EventChannel.setKey(owner, channelSetId), List.of());
    }

    /** Returns the channel a stream carries, if it is still open. */
    public java.util.Optional<EventChannel> channelOf(EventStream stream) {
        return java.util.Optional.ofNullable(byStream.get(stream));
    }

    public List<EventChannel> all() {
        return List.copyOf(channels.values());
    }

    /** Writes a document on the channel's stream and reports it. */
    public void send(EventChannel channel, String document) {
        boolean written;
        if (splitRemaining > 0 && document.length() > 1) {
            splitRemaining--;
            int middle = document.length() / 2;
            written = channel.stream.write(document.substring(0, middle))
                    && channel.stream.write(document.substring(middle));
        } else {
            written = channel.stream.write(document);
        }
        if (written) {
            observer.documentEmitted(channel, document);
        }
    }

    /** Sends each of the next {@code count} documents as two chunks. */
    public void splitNext(int count) {
        splitRemaining = count;
    }

    /** Writes text as one chunk on one channel (or all when {@code channelId} is null), unrecorded. */
    public void injectChunk(String channelId, String content) {
        for (EventChannel channel : List.copyOf(channels.values())) {
            if (channelId == null || channel.channelId.equals(channelId)) {
                channel.stream.write(content);
            }
        }
    }

    private void remove(EventChannel channel, String reason) {
        channel.closed = true;
        cancel(channel.heartbeatTimer);
        cancel(channel.expiryTimer);
        channels.remove(channel.channelId);
        byStream.remove(channel.stream);
        List<EventChannel> set = sets.get(channel.setKey());
        if (set != null) {
            set.remove(channel);
            if (set.isEmpty()) {
                sets.remove(channel.setKey());
            }
        }
        LOG.debug("channel {} ended: {}", channel.channelId, reason);
        observer.channelClosed(channel, reason);
    }

    private void armHeartbeatTimeout(EventChannel channel) {
        cancel(channel.heartbeatTimer);
        channel.heartbeatTimer = scheduler.schedule(config.eventTimeout(), () -> {
            if (!channel.closed) {
                LOG.info("channel {} missed its heartbeats for {}: tearing it down", channel.channelId,
                        config.eventTimeout());
                remove(channel, "eventTimeout");
                channel.stream.close();
            }
        });
    }

    private void armExpiry(EventChannel channel) {
        cancel(channel.expiryTimer);
        if (channel.expires != SimulatorConfig.NEVER_EXPIRES) {
            channel.expiryTimer = scheduler.schedule(Duration.ofSeconds(channel.expires), () -> {
                if (!channel.closed) {
                    terminate(channel, "Expired");
                }
            });
        }
    }

    static int clamp(Integer requested, int min, int max) {
        int value = requested == null ? min : requested;
        return Math.max(min, Math.min(max, value));
    }

    private static void cancel(Scheduler.Cancellable timer) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
