package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.model.ErrorInfo;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses Xsi response bodies with the same hardened StAX input as the event stream. Each parser is handed
 * a cursor on the root element; a body with another root fails.
 */
public final class XsiResponseReader {

    /** Parses one body, the cursor on its root element. */
    public interface BodyParser<T> {
        /**
         * Parses the body.
         *
         * @param c a cursor on the root element
         * @return the parsed value
         * @throws XMLStreamException when the body is malformed
         */
        T parse(XmlCursor c) throws XMLStreamException;
    }

    private final SecureXmlInput input;

    /**
     * Creates a reader.
     *
     * @param maxTextLength the longest text node accepted
     */
    public XsiResponseReader(int maxTextLength) {
        this.input = new SecureXmlInput(maxTextLength);
    }

    /**
     * Parses a body whose root element has the given name.
     *
     * @param body the body bytes
     * @param root the expected root element's local name
     * @param parser the parser for that root
     * @param <T> the parsed type
     * @return the parsed value
     * @throws XsiDecodeException when the body is not such a document
     */
    public <T> T read(byte[] body, String root, BodyParser<T> parser) {
        XMLStreamReader reader = null;
        try {
            reader = input.open(body, 0, body.length);
            XmlCursor c = new XmlCursor(reader);
            c.toRoot();
            if (!root.equals(c.name())) {
                throw new XMLStreamException("expected <" + root + "> but got <" + c.name() + ">");
            }
            return parser.parse(c);
        } catch (XMLStreamException | RuntimeException e) {
            throw new XsiDecodeException("cannot read <" + root + "> response: " + e.getMessage(), null, e);
        } finally {
            SecureXmlInput.closeQuietly(reader);
        }
    }

    /**
     * Parses an {@code ErrorInfo} body, tolerating bodies that are not one.
     *
     * @param body the error response body
     * @return the error information, or {@code null} when the body is not an ErrorInfo
     */
    public ErrorInfo errorInfo(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return read(body, "ErrorInfo", XsiResponseReader::parseErrorInfo);
        } catch (XsiDecodeException notAnErrorInfo) {
            return null;
        }
    }

    private static ErrorInfo parseErrorInfo(XmlCursor c) throws XMLStreamException {
        String summary = null;
        String english = null;
        int code = 0;
        while (c.nextChild()) {
            switch (c.name()) {
                case "summary": summary = c.text(); break;
                case "summaryEnglish": english = c.text(); break;
                case "errorCode": code = c.intValue(); break;
                default: c.skip();
            }
        }
        return new ErrorInfo(summary, english == null ? (summary == null ? "" : summary) : english, code);
    }

    /**
     * Reads the id and expiry of a {@code Subscription} or {@code Channel} answer.
     *
     * @param c a cursor on the root
     * @param idElement {@code subscriptionId} or {@code channelId}
     * @return the id and expiry
     * @throws XMLStreamException when the id is missing
     */
    public static IdAndExpiry idAndExpiry(XmlCursor c, String idElement) throws XMLStreamException {
        String id = null;
        long expires = -1;
        while (c.nextChild()) {
            if (idElement.equals(c.name())) {
                id = c.text();
            } else if ("expires".equals(c.name())) {
                expires = c.longValue();
            } else {
                c.skip();
            }
        }
        return new IdAndExpiry(id, expires);
    }

    /** An id with its granted expiry in seconds (-1 when absent). */
    public static final class IdAndExpiry {
        private final String id;
        private final long expires;

        IdAndExpiry(String id, long expires) {
            this.id = id;
            this.expires = expires;
        }

        /** @return the id, or {@code null} when absent */
        public String id() {
            return id;
        }

        /** @return the granted expiry in seconds, -1 when absent */
        public long expires() {
            return expires;
        }
    }
}
