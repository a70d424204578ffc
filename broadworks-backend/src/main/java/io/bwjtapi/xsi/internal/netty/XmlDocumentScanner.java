package io.bwjtapi.xsi.internal.netty;

import io.netty.util.ByteProcessor;

/**
 * A byte-level state machine that finds where an XML document ends in a stream: it tracks markup (tags with
 * quoted attribute values, comments, CDATA, processing instructions, a DOCTYPE) and element depth, and stops
 * on the byte that closes the root element. It never parses names or text, so it works on any chunking.
 *
 * <p>Feed it with {@code ByteBuf.forEachByte}: {@link #process(byte)} returns {@code false} on the last byte
 * of a document. It is then ready for the next document.
 */
final class XmlDocumentScanner implements ByteProcessor {
    private enum State {
        /** Between markup, at any depth (prolog, content, or before the document). */
        TEXT,
        /** Just read {@code <}. */
        OPEN,
        /** Inside a start tag or empty-element tag. */
        START_TAG,
        /** Inside an end tag. */
        END_TAG,
        /** Inside {@code <?...?>}. */
        PI,
        /** Just read {@code <!}. */
        BANG,
        /** Just read {@code <!-}. */
        BANG_DASH,
        /** Inside {@code <!--...-->}. */
        COMMENT,
        /** Inside {@code <![CDATA[...]]>}. */
        CDATA,
        /** Inside {@code <!DOCTYPE ...>}. */
        DOCTYPE
    }

    private State state = State.TEXT;
    private int depth;
    private byte quote;
    private byte previous;
    private int run;
    private int bracketDepth;
    private boolean started;

    /** @return whether any markup of the current document has been seen */
    boolean started() {
        return started;
    }

    /** Forgets the current document, e.g. after it was dropped. */
    void reset() {
        state = State.TEXT;
        depth = 0;
        quote = 0;
        previous = 0;
        run = 0;
        bracketDepth = 0;
        started = false;
    }

    @Override
    public boolean process(byte b) {
        switch (state) {
            case TEXT:
                if (b == '<') {
                    state = State.OPEN;
                    started = true;
                }
                return true;
            case OPEN:
                return open(b);
            case START_TAG:
                return startTag(b);
            case END_TAG:
                if (b == '>') {
                    state = State.TEXT;
                    depth--;
                    return !documentEnded();
                }
                return true;
            case PI:
                if (b == '>' && previous == '?') {
                    state = State.TEXT;
                }
                previous = b;
                return true;
            case BANG:
                state = b == '-' ? State.BANG_DASH : b == '[' ? State.CDATA : State.DOCTYPE;
                run = 0;
                quote = 0;
                bracketDepth = 0;
                return true;
            case BANG_DASH:
                state = State.COMMENT;
                run = 0;
                return true;
            case COMMENT:
                return closeAfterRun(b, (byte) '-');
            case CDATA:
                return closeAfterRun(b, (byte) ']');
            default:
                return doctype(b);
        }
    }

    private boolean open(byte b) {
        if (b == '/') {
            state = State.END_TAG;
        } else if (b == '?') {
            state = State.PI;
            previous = 0;
        } else if (b == '!') {
            state = State.BANG;
        } else {
            state = State.START_TAG;
            quote = 0;
            previous = b;
        }
        return true;
    }

    private boolean startTag(byte b) {
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            state = State.TEXT;
            if (previous == '/') {
                return !documentEnded();
            }
            depth++;
            return true;
        }
        previous = b;
        return true;
    }

    /** Ends a comment ({@code -->}) or CDATA section ({@code ]]>}): two or more marks, then {@code >}. */
    private boolean closeAfterRun(byte b, byte mark) {
        if (b == mark) {
            run++;
        } else if (b == '>' && run >= 2) {
            state = State.TEXT;
        } else {
            run = 0;
        }
        return true;
    }

    private boolean doctype(byte b) {
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '[') {
            bracketDepth++;
        } else if (b == ']') {
            bracketDepth--;
        } else if (b == '>' && bracketDepth <= 0) {
            state = State.TEXT;
            bracketDepth = 0;
        }
        return true;
    }

    /** An element just closed: the document ends when it was the root. */
    private boolean documentEnded() {
        if (depth > 0) {
            return false;
        }
        reset();
        return true;
    }
}
