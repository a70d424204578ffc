package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.event.ChannelErrorEvent;
import io.bwjtapi.xsi.event.ChannelTerminatedEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.event.UnknownEventData;
import io.bwjtapi.xsi.event.UnknownXsiEvent;
import io.bwjtapi.xsi.event.XsiEvent;
import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Decodes one complete Xsi document (as cut by the framer) straight into the immutable model with a
 * streaming StAX pass. Unknown event types become {@link UnknownXsiEvent} / {@link UnknownEventData} and are
 * reported once per type. Thread-safe.
 */
public final class XsiDocumentDecoder {
    private final SecureXmlInput input;
    private final UnknownTypes unknownTypes;
    private final int maxDocumentSize;

    /**
     * Creates a decoder.
     *
     * @param maxDocumentSize the largest document accepted, in bytes (bounds text nodes too)
     * @param unknownTypes where first sightings of unknown types are reported
     */
    public XsiDocumentDecoder(int maxDocumentSize, UnknownTypes unknownTypes) {
        this.input = new SecureXmlInput(maxDocumentSize);
        this.unknownTypes = unknownTypes;
        this.maxDocumentSize = maxDocumentSize;
    }

    /**
     * Decodes a document.
     *
     * @param bytes the buffer holding the document
     * @param offset where it starts
     * @param length its length in bytes
     * @return the decoded document
     * @throws XsiDecodeException when the document is malformed, hostile, incomplete or larger than the limit
     */
    public XsiDocument decode(byte[] bytes, int offset, int length) {
        if (length > maxDocumentSize) {
            throw new XsiDecodeException("Xsi document of " + length + " bytes exceeds the limit of " + maxDocumentSize,
                    null, null);
        }
        Envelope envelope = new Envelope();
        XMLStreamReader reader = null;
        try {
            reader = input.open(bytes, offset, length);
            XmlCursor c = new XmlCursor(reader);
            c.toRoot();
            return root(c, envelope);
        } catch (XMLStreamException | RuntimeException e) {
            throw new XsiDecodeException("cannot decode Xsi document: " + e.getMessage(), envelope.eventId, e);
        } finally {
            SecureXmlInput.closeQuietly(reader);
        }
    }

    private XsiDocument root(XmlCursor c, Envelope envelope) throws XMLStreamException {
        String root = c.name();
        if ("Event".equals(root)) {
            return XsiDocument.event(event(c, envelope));
        }
        if ("ChannelHeartBeat".equalsIgnoreCase(root)) {
            return XsiDocument.heartbeat();
        }
        if ("Channel".equals(root)) {
            return channel(c);
        }
        throw new XMLStreamException("unexpected root element <" + root + ">");
    }

    private XsiEvent event(XmlCursor c, Envelope envelope) throws XMLStreamException {
        String type = c.xsiType();
        if ("SubscriptionEvent".equals(type)) {
            return subscriptionEvent(c, envelope);
        }
        if ("ChannelTerminatedEvent".equals(type)) {
            return channelTerminated(c);
        }
        if ("ErrorEvent".equals(type)) {
            return errorEvent(c);
        }
        String name = type == null ? "(no xsi:type)" : type;
        unknownTypes.report(name);
        c.skip();
        return new UnknownXsiEvent(name);
    }

    private XsiEvent subscriptionEvent(XmlCursor c, Envelope envelope) throws XMLStreamException {
        SubscriptionEvent.Builder b = SubscriptionEvent.builder();
        while (c.nextChild()) {
            switch (c.name()) {
                case "eventID": envelope.eventId = c.text(); b.eventId(envelope.eventId); break;
                case "sequenceNumber": b.sequenceNumber(c.intValue()); break;
                case "userId": b.userId(c.text()); break;
                case "clientId": b.clientId(c.text()); break;
                case "externalApplicationId": b.externalApplicationId(c.text()); break;
                case "subscriptionId": b.subscriptionId(c.text()); break;
                case "sharedSubscriptionId": b.sharedSubscriptionId(c.text()); break;
                case "channelId": b.channelId(c.text()); break;
                case "httpContact": b.httpContactUri(contactUri(c)); break;
                case "targetId": b.targetId(c.text()); break;
                case "targetSubId": b.targetSubId(c.text()); break;
                case "eventData": b.data(eventData(c)); break;
                default: c.skip();
            }
        }
        return b.build();
    }

    private EventData eventData(XmlCursor c) throws XMLStreamException {
        String typeName = c.xsiType();
        EventDataType type = XsiEventTypes.find(typeName);
        if (type != null) {
            return XsiEventTypes.read(c, type);
        }
        String name = typeName == null ? "(no xsi:type)" : typeName;
        unknownTypes.report(name);
        c.skip();
        return new UnknownEventData(name);
    }

    private static String contactUri(XmlCursor c) throws XMLStreamException {
        String uri = null;
        while (c.nextChild()) {
            if ("uri".equals(c.name())) {
                uri = c.text();
            } else {
                c.skip();
            }
        }
        return uri;
    }

    private static XsiEvent channelTerminated(XmlCursor c) throws XMLStreamException {
        String channelId = null;
        ChannelTerminatedReason reason = ChannelTerminatedReason.UNRECOGNIZED;
        while (c.nextChild()) {
            switch (c.name()) {
                case "channelId": channelId = c.text(); break;
                case "reason": reason = ChannelTerminatedReason.fromWire(c.text()); break;
                default: c.skip();
            }
        }
        if (channelId == null) {
            throw new XMLStreamException("ChannelTerminatedEvent lacks its channelId");
        }
        return new ChannelTerminatedEvent(channelId, reason);
    }

    private static XsiEvent errorEvent(XmlCursor c) throws XMLStreamException {
        int code = 0;
        String message = "";
        while (c.nextChild()) {
            switch (c.name()) {
                case "errorCode": code = c.intValue(); break;
                case "errorMessage": message = c.text(); break;
                default: c.skip();
            }
        }
        return new ChannelErrorEvent(code, message);
    }

    private static XsiDocument channel(XmlCursor c) throws XMLStreamException {
        String channelId = null;
        long expires = -1;
        while (c.nextChild()) {
            switch (c.name()) {
                case "channelId": channelId = c.text(); break;
                case "expires": expires = c.longValue(); break;
                default: c.skip();
            }
        }
        return XsiDocument.channel(channelId, expires);
    }

    /** What is known of an event while it is being decoded, so a failure can still name it. */
    private static final class Envelope {
        private String eventId;
    }
}
