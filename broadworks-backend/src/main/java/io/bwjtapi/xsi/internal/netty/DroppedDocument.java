package io.bwjtapi.xsi.internal.netty;

/** A message the framer emits instead of a document it dropped, so the drop is counted and reported. */
final class DroppedDocument {
    /** Why bytes were dropped. */
    enum Reason {
        /** The document exceeded the maximum size; its bytes were skipped, never buffered. */
        TOO_LARGE,
        /** Bytes outside any document (not markup, not white space). */
        STRAY_TEXT
    }

    private final Reason reason;
    private final long bytes;

    DroppedDocument(Reason reason, long bytes) {
        this.reason = reason;
        this.bytes = bytes;
    }

    Reason reason() {
        return reason;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return reason == Reason.TOO_LARGE ? "dropped an oversized document of " + bytes + " bytes"
                : "dropped " + bytes + " bytes of text outside any document";
    }
}
