package io.bwjtapi.xsi.internal.netty;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.internal.xml.XsiDocument;

/** What the streaming channel pipeline reports to its owner; every call happens on the channel's event loop. */
public interface StreamListener {

    /**
     * The XSP answered the channel request with this status; for 200 the body streams documents.
     *
     * @param status the HTTP status
     */
    void responseStarted(int status);

    /**
     * The XSP refused the channel request; the whole (bounded) error body has arrived.
     *
     * @param status the HTTP status
     * @param body the error body
     */
    void rejected(int status, byte[] body);

    /**
     * A document arrived on the stream.
     *
     * @param document the decoded document
     */
    void document(XsiDocument document);

    /**
     * A framed document did not decode; the stream goes on.
     *
     * @param failure why
     */
    void decodeFailed(XsiDecodeException failure);

    /**
     * Bytes were dropped (an oversized document or stray text); the stream goes on.
     *
     * @param description what was dropped
     */
    void dropped(String description);

    /** The XSP ended the streaming response (end of the chunked body). */
    void streamEnded();

    /**
     * The connection closed.
     *
     * @param cause the failure that closed it, or {@code null} for an orderly close
     */
    void closed(Throwable cause);
}
