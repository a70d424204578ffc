package io.bwjtapi.xsi.internal.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.io.Stax2ByteArraySource;

/**
 * The hardened StAX (Woodstox) factory every Xsi document is parsed with: no DTD processing and no external
 * entities (so no entity can be declared, let alone expanded), and bounded depth, attribute and text sizes.
 * Callers also reject any DTD event outright. Thread-safe once built.
 */
public final class SecureXmlInput {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_ATTRIBUTES = 32;
    private static final int MAX_ATTRIBUTE_SIZE = 8 * 1024;

    private final WstxInputFactory factory;

    /**
     * Creates a factory.
     *
     * @param maxTextLength the longest text node accepted, in characters
     */
    public SecureXmlInput(int maxTextLength) {
        factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, maxTextLength);
    }

    /**
     * Opens a cursor on one complete document held in a byte array; the encoding comes from its declaration.
     *
     * @param bytes the buffer
     * @param offset where the document starts
     * @param length its length in bytes
     * @return a reader positioned before the document's first event
     * @throws XMLStreamException when the prolog cannot be read
     */
    public XMLStreamReader open(byte[] bytes, int offset, int length) throws XMLStreamException {
        return factory.createXMLStreamReader(new Stax2ByteArraySource(bytes, offset, length));
    }

    /**
     * Closes a reader, ignoring failures (the source is an in-memory buffer: nothing is held open).
     *
     * @param reader the reader, or {@code null}
     */
    static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release
            }
        }
    }
}
