package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.internal.xml.XsiDocument;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import io.bwjtapi.xsi.internal.xml.UnknownTypes;
import java.nio.charset.StandardCharsets;

/**
 * Decodes single {@code xsi:Event} documents outside an event channel, e.g. recorded events in tests or
 * tools. Event channels decode with the same code.
 */
public final class XsiEvents {
    /** Largest document accepted here, in bytes. */
    public static final int MAX_DOCUMENT_SIZE = 16 * 1024 * 1024;

    private static final XsiDocumentDecoder DECODER =
            new XsiDocumentDecoder(MAX_DOCUMENT_SIZE, new UnknownTypes(type -> { }));

    private XsiEvents() {
    }

    /**
     * Decodes one event document.
     *
     * @param document the complete document (any encoding its XML declaration names)
     * @return the typed event
     * @throws XsiDecodeException when the bytes are not a well-formed, complete {@code xsi:Event}
     */
    public static XsiEvent decode(byte[] document) {
        XsiDocument decoded = DECODER.decode(document, 0, document.length);
        if (decoded.kind() != XsiDocument.Kind.EVENT) {
            throw new XsiDecodeException("not an xsi:Event document but " + decoded, null, null);
        }
        return decoded.event();
    }

    /**
     * Decodes one event document given as text.
     *
     * @param document the complete document; an XML declaration, if any, must not name a non-UTF-8 encoding
     * @return the typed event
     * @throws XsiDecodeException when the text is not a well-formed, complete {@code xsi:Event}
     */
    public static XsiEvent decode(String document) {
        return decode(document.getBytes(StandardCharsets.UTF_8));
    }
}
