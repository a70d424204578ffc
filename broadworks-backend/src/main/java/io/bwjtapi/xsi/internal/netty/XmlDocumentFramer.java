package io.bwjtapi.xsi.internal.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts a byte stream into complete XML documents, whatever the chunking: emits one {@link ByteBuf} per
 * document (XML declaration included). A document larger than the maximum is skipped as it streams in,
 * never buffered, and reported as a {@link DroppedDocument}; so is stray text between documents. The stream
 * continues with the next document either way.
 *
 * <p>Pipeline position: after {@link StreamingResponseHandler} (which unwraps the chunked HTTP body into
 * plain buffers), before {@link XsiDocumentDecoderHandler}.
 */
final class XmlDocumentFramer extends ByteToMessageDecoder {
    private final int maxDocumentSize;
    private final XmlDocumentScanner scanner = new XmlDocumentScanner();
    /** Bytes of the current document already scanned, counted from the reader index. */
    private int scanned;
    private boolean discarding;
    private long discarded;

    XmlDocumentFramer(int maxDocumentSize) {
        this.maxDocumentSize = maxDocumentSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (!scanner.started() && !skipToMarkup(in, out)) {
                return;
            }
            int from = in.readerIndex() + scanned;
            int last = in.forEachByte(from, in.writerIndex() - from, scanner);
            if (last < 0) {
                scanned = in.readableBytes();
                if (discarding || scanned > maxDocumentSize) {
                    discard(in, scanned);
                }
                return;
            }
            int length = last + 1 - in.readerIndex();
            scanned = 0;
            if (discarding || length > maxDocumentSize) {
                discard(in, length);
                out.add(new DroppedDocument(DroppedDocument.Reason.TOO_LARGE, discarded));
                discarding = false;
                discarded = 0;
            } else {
                out.add(in.readRetainedSlice(length));
            }
        }
    }

    /** @return bytes currently held for an incomplete document */
    int bufferedBytes() {
        return actualReadableBytes();
    }

    private void discard(ByteBuf in, int length) {
        discarding = true;
        discarded += length;
        in.skipBytes(length);
        scanned = 0;
    }

    /** Skips white space (and reports stray text) up to the next {@code <}; returns whether one was found. */
    private boolean skipToMarkup(ByteBuf in, List<Object> out) {
        int lt = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '<');
        int end = lt < 0 ? in.writerIndex() : lt;
        int stray = 0;
        for (int i = in.readerIndex(); i < end; i++) {
            byte b = in.getByte(i);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                stray++;
            }
        }
        if (stray > 0) {
            out.add(new DroppedDocument(DroppedDocument.Reason.STRAY_TEXT, end - in.readerIndex()));
        }
        in.readerIndex(end);
        scanned = 0;
        return lt >= 0;
    }
}
