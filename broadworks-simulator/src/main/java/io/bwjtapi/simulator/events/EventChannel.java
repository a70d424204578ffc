package io.bwjtapi.simulator.events;

import io.bwjtapi.simulator.engine.Scheduler;

/** One event channel: a streaming connection on one XSP, member of a channel set of one login. */
public final class EventChannel {
    final String channelId;
    final String owner;
    final String channelSetId;
    final int priority;
    final int weight;
    final String applicationId;
    final EventStream stream;
    int expires;
    Scheduler.Cancellable heartbeatTimer;
    Scheduler.Cancellable expiryTimer;
    boolean closed;

    EventChannel(String channelId, String owner, String channelSetId, int priority, int weight, String applicationId,
            int expires, EventStream stream) {
        this.channelId = channelId;
        this.owner = owner;
        this.channelSetId = channelSetId;
        this.priority = priority;
        this.weight = weight;
        this.applicationId = applicationId;
        this.expires = expires;
        this.stream = stream;
    }

    public String channelId() {
        return channelId;
    }

    public String owner() {
        return owner;
    }

    public String channelSetId() {
        return channelSetId;
    }

    public int xspIndex() {
        return stream.xspIndex();
    }

    public int priority() {
        return priority;
    }

    public int weight() {
        return weight;
    }

    public int expires() {
        return expires;
    }

    /** The key of the channel set: channel set ids are scoped by the login that owns them. */
    String setKey() {
        return setKey(owner, channelSetId);
    }

    static String setKey(String owner, String channelSetId) {
        return owner + '\n' + channelSetId;
    }

    @Override
    public String toString() {
        return "EventChannel{" + channelId + " set=" + channelSetId + " xsp=" + xspIndex() + "}";
    }
}
