package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.event.XsiEvent;
import java.util.Objects;

/**
 * One decoded document of an Xsi event stream or response: a {@code Channel} (the first document of a
 * channel, or a channel refresh response), a {@code ChannelHeartBeat}, or an event.
 */
public final class XsiDocument {
    /** What the document is. */
    public enum Kind {
        /** A {@code Channel} document: channelId and granted expires. */
        CHANNEL,
        /** A {@code ChannelHeartBeat} (any letter case). */
        HEARTBEAT,
        /** An {@code xsi:Event}. */
        EVENT
    }

    private static final XsiDocument HEARTBEAT = new XsiDocument(Kind.HEARTBEAT, null, null, 0);

    private final Kind kind;
    private final XsiEvent event;
    private final String channelId;
    private final long expires;

    private XsiDocument(Kind kind, XsiEvent event, String channelId, long expires) {
        this.kind = kind;
        this.event = event;
        this.channelId = channelId;
        this.expires = expires;
    }

    static XsiDocument heartbeat() {
        return HEARTBEAT;
    }

    static XsiDocument channel(String channelId, long expires) {
        return new XsiDocument(Kind.CHANNEL, null, channelId, expires);
    }

    static XsiDocument event(XsiEvent event) {
        return new XsiDocument(Kind.EVENT, Objects.requireNonNull(event, "event"), null, 0);
    }

    /** @return what the document is */
    public Kind kind() {
        return kind;
    }

    /** @return the event of an EVENT document, else {@code null} */
    public XsiEvent event() {
        return event;
    }

    /** @return the channelId of a CHANNEL document (may be {@code null} when the XSP omitted it) */
    public String channelId() {
        return channelId;
    }

    /** @return the granted expiry in seconds of a CHANNEL document; -1 when absent */
    public long expires() {
        return expires;
    }

    @Override
    public String toString() {
        switch (kind) {
            case CHANNEL:
                return "Channel[" + channelId + ", expires=" + expires + "]";
            case HEARTBEAT:
                return "ChannelHeartBeat";
            default:
                return event.toString();
        }
    }
}
