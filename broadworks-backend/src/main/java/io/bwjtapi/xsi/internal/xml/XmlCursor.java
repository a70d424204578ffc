package io.bwjtapi.xsi.internal.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an Xsi document element by element on top of a StAX reader. Element names are matched by local
 * name; {@code xsi1:type} values are resolved as QNames through the document's namespace bindings.
 *
 * <p>Typical loop, positioned on a parent's start tag: {@code while (c.nextChild()) switch (c.name()) ...},
 * where every branch consumes the child with {@link #text()}, a nested loop or {@link #skip()}.
 */
public final class XmlCursor {
    /** The BroadSoft Xsi namespace. */
    public static final String XSI_NS = "http://schema.broadsoft.com/xsi";

    private final XMLStreamReader reader;

    XmlCursor(XMLStreamReader reader) {
        this.reader = reader;
    }

    /**
     * Advances to the root element, rejecting any DTD on the way.
     *
     * @throws XMLStreamException when the document has a DTD or no root element
     */
    void toRoot() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DTDs are not accepted in Xsi documents");
            }
        }
        throw new XMLStreamException("document has no root element");
    }

    /**
     * Moves to the next child element of the current element.
     *
     * @return {@code true} when positioned on a child's start tag, {@code false} at the parent's end tag
     * @throws XMLStreamException on malformed XML
     */
    public boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document");
            }
        }
    }

    /** @return the local name of the current element */
    public String name() {
        return reader.getLocalName();
    }

    /**
     * Reads the current element's text content, leaving the cursor on its end tag.
     *
     * @return the text with surrounding white space removed
     * @throws XMLStreamException when the element has child elements or the XML is malformed
     */
    public String text() throws XMLStreamException {
        return reader.getElementText().trim();
    }

    /**
     * Reads the current element's text as an int.
     *
     * @return the number
     * @throws XMLStreamException when the text is not an int
     */
    public int intValue() throws XMLStreamException {
        String text = text();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("<" + name() + "> is not an integer: " + abbreviate(text));
        }
    }

    /**
     * Reads the current element's text as a long.
     *
     * @return the number
     * @throws XMLStreamException when the text is not a long
     */
    public long longValue() throws XMLStreamException {
        String text = text();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("<" + name() + "> is not a number: " + abbreviate(text));
        }
    }

    /**
     * Skips the current element and everything inside it, leaving the cursor on its end tag.
     *
     * @throws XMLStreamException on malformed XML
     */
    public void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Reads an attribute of the current element.
     *
     * @param localName the attribute's name (no namespace)
     * @return its value, or {@code null} when absent
     */
    public String attribute(String localName) {
        return reader.getAttributeValue(null, localName);
    }

    /**
     * Resolves the current element's {@code xsi1:type} (the XMLSchema-instance {@code type} attribute) through
     * the namespace bindings in scope, whatever prefix the document uses.
     *
     * @return the type's local name when it is in the BroadSoft namespace, {@code {namespace}local} when it is
     *     in another one, or {@code null} when the element has no type attribute
     * @throws XMLStreamException when the type's prefix is not bound
     */
    public String xsiType() throws XMLStreamException {
        String value = reader.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
        if (value == null) {
            return null;
        }
        value = value.trim();
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? XMLConstants.DEFAULT_NS_PREFIX : value.substring(0, colon);
        String local = value.substring(colon + 1);
        String namespace = reader.getNamespaceContext().getNamespaceURI(prefix);
        if (namespace == null || (colon > 0 && namespace.isEmpty())) {
            throw new XMLStreamException("type prefix '" + prefix + "' is not bound in " + abbreviate(value));
        }
        return XSI_NS.equals(namespace) ? local : "{" + namespace + "}" + local;
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
