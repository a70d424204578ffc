package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import java.util.Objects;

/**
 * BroadWorks terminated an event channel; the last document on it. It has no eventID and is never
 * acknowledged.
 */
public final class ChannelTerminatedEvent extends XsiEvent {
    private final String channelId;
    private final ChannelTerminatedReason reason;

    /**
     * Creates the event.
     *
     * @param channelId the terminated channel
     * @param reason why it was terminated
     */
    public ChannelTerminatedEvent(String channelId, ChannelTerminatedReason reason) {
        this.channelId = Objects.requireNonNull(channelId, "channelId");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the terminated channel's id */
    public String channelId() {
        return channelId;
    }

    /** @return why BroadWorks terminated it */
    public ChannelTerminatedReason reason() {
        return reason;
    }

    @Override
    public String typeName() {
        return "ChannelTerminatedEvent";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ChannelTerminatedEvent)) {
            return false;
        }
        ChannelTerminatedEvent other = (ChannelTerminatedEvent) o;
        return channelId.equals(other.channelId) && reason == other.reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(channelId, reason);
    }

    @Override
    public String toString() {
        return "ChannelTerminatedEvent[" + channelId + ", " + reason + "]";
    }
}
