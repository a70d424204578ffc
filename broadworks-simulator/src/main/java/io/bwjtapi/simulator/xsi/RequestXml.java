package io.bwjtapi.simulator.xsi;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses request bodies defensively: no DTDs, no external entities or schemas, no XInclude; the size is
 * already bounded by the HTTP layer. Elements must be in the BroadSoft namespace, as every real client sends
 * them. Any problem becomes a {@link SimulatorException} with reason BAD_REQUEST.
 */
public final class RequestXml {
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(RequestXml::newBuilder);

    private RequestXml() {
    }

    /** Parses a body and checks its root element's name and namespace. */
    public static Element parse(String body, String expectedRoot) {
        if (body == null || body.isBlank()) {
            throw bad("a " + expectedRoot + " body is required");
        }
        Element root = parseAny(body);
        if (!expectedRoot.equals(root.getLocalName())) {
            throw bad("expected element " + expectedRoot + " but got " + root.getLocalName());
        }
        return root;
    }

    /** Parses a document whose root may be any element of the BroadSoft namespace. */
    public static Element parseAny(String body) {
        Element root;
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(Strict.INSTANCE);
            root = builder.parse(new InputSource(new StringReader(body))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw bad("malformed XML: " + e.getMessage());
        }
        if (!XmlWriter.XSI_NS.equals(root.getNamespaceURI())) {
            throw bad("element " + root.getLocalName() + " must be in namespace " + XmlWriter.XSI_NS);
        }
        return root;
    }

    /** Returns the trimmed text of the first child element with this name, or {@code null}. */
    public static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }

    /** Returns the first child element with this name in the BroadSoft namespace, or {@code null}. */
    public static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && XmlWriter.XSI_NS.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** Returns every child element with this name. */
    public static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && XmlWriter.XSI_NS.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    /** Parses an optional integer child, failing with BAD_REQUEST when it is not a number in range. */
    public static Integer integer(Element parent, String name, long min, long max) {
        String text = text(parent, name);
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw bad(name + " must be between " + min + " and " + max + ": " + text);
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw bad(name + " is not a number: " + text);
        }
    }

    static SimulatorException bad(String message) {
        return new SimulatorException(Reason.BAD_REQUEST, message);
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /** Turns every parser complaint into an exception instead of a line on stderr. */
    private enum Strict implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
