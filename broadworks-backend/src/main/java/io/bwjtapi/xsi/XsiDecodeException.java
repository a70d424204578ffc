package io.bwjtapi.xsi;

import java.util.Optional;

/**
 * An Xsi XML document could not be decoded: not well-formed, hostile (a DTD), too large, or missing a part
 * the schema requires. When the envelope of an event was readable, {@link #eventId()} names it so the event
 * can still be acknowledged.
 */
public final class XsiDecodeException extends XsiException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The id of the event that failed, or {@code null}. */
    private final String eventId;

    /**
     * Creates an exception.
     *
     * @param message what was wrong with the document
     * @param eventId the event's id when known, else {@code null}
     * @param cause the parser's exception, or {@code null}
     */
    public XsiDecodeException(String message, String eventId, Throwable cause) {
        super(message, cause);
        this.eventId = eventId;
    }

    /** @return the id of the event that failed to decode, when its envelope was readable */
    public Optional<String> eventId() {
        return Optional.ofNullable(eventId);
    }
}
