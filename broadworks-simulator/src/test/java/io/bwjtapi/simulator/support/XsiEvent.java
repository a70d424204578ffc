package io.bwjtapi.simulator.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** A document from an event channel, parsed namespace-aware as a client must (never by prefix). */
public final class XsiEvent {
    public static final String NS = "http://schema.broadsoft.com/xsi";
    private static final String XSI_INSTANCE = "http://www.w3.org/2001/XMLSchema-instance";

    private final String xml;
    private final Element root;

    private XsiEvent(String xml, Element root) {
        this.xml = xml;
        this.root = root;
    }

    public static XsiEvent parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            return new XsiEvent(xml, root);
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + xml, e);
        }
    }

    public String xml() {
        return xml;
    }

    /** The root element's local name, e.g. Event, Channel, ChannelHeartBeat. */
    public String rootName() {
        return root.getLocalName();
    }

    /** The root's xsi:type local name, e.g. SubscriptionEvent or ChannelTerminatedEvent. */
    public String envelopeType() {
        return typeOf(root);
    }

    /** The eventData's type, e.g. CallReceivedEvent. */
    public String type() {
        Element data = child(root, "eventData");
        return data == null ? envelopeType() : typeOf(data);
    }

    public String text(String name) {
        Element e = child(root, name);
        return e == null ? null : e.getTextContent();
    }

    public String eventId() {
        return text("eventID");
    }

    public int sequence() {
        return Integer.parseInt(text("sequenceNumber"));
    }

    public String subscriptionId() {
        return text("subscriptionId");
    }

    public String targetId() {
        return text("targetId");
    }

    /** The root element (for plain documents such as ChannelSet or ErrorInfo). */
    public Element eventDataOrRoot() {
        Element data = child(root, "eventData");
        return data == null ? root : data;
    }

    public Element eventData() {
        return child(root, "eventData");
    }

    /** The single call of a call event. */
    public Element call() {
        return child(eventData(), "call");
    }

    /** The calls of a CallRedirected or CallSubscription event. */
    public List<Element> calls() {
        Element calls = child(eventData(), "calls");
        return calls == null ? List.of() : children(calls, "call");
    }

    /** A value of the call: e.g. callId, state, personality, extTrackingId, or a path like remoteParty/address. */
    public String call(String path) {
        return at(call(), path);
    }

    public static String at(Element element, String path) {
        Element e = element;
        for (String step : path.split("/")) {
            e = e == null ? null : child(e, step);
        }
        return e == null ? null : e.getTextContent();
    }

    public static boolean has(Element element, String name) {
        return child(element, name) != null;
    }

    public static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String typeOf(Element element) {
        String type = element.getAttributeNS(XSI_INSTANCE, "type");
        int colon = type.indexOf(':');
        String prefix = colon < 0 ? null : type.substring(0, colon);
        String ns = element.lookupNamespaceURI(prefix);
        if (!NS.equals(ns)) {
            throw new AssertionError("xsi:type " + type + " does not resolve to the BroadSoft namespace: " + ns);
        }
        return type.substring(colon + 1);
    }

    @Override
    public String toString() {
        return type() + (root.getLocalName().equals("Event") && text("sequenceNumber") != null
                ? "#" + text("sequenceNumber") : "");
    }
}
