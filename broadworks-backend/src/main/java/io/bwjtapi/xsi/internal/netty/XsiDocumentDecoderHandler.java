package io.bwjtapi.xsi.internal.netty;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Decodes each framed document into an {@link io.bwjtapi.xsi.internal.xml.XsiDocument}; a document that does
 * not decode becomes an {@link XsiDecodeException} message (an error as data, so the stream goes on).
 *
 * <p>Pipeline position: after {@link XmlDocumentFramer}, before {@link EventChannelHandler}.
 */
final class XsiDocumentDecoderHandler extends MessageToMessageDecoder<ByteBuf> {
    private final XsiDocumentDecoder decoder;
    /** Reused copy buffer for direct (off-heap) frames; only touched on this channel's event loop. */
    private byte[] scratch = new byte[4096];

    XsiDocumentDecoderHandler(XsiDocumentDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        int length = frame.readableBytes();
        try {
            if (frame.hasArray()) {
                out.add(decoder.decode(frame.array(), frame.arrayOffset() + frame.readerIndex(), length));
            } else {
                if (scratch.length < length) {
                    scratch = new byte[Math.max(length, scratch.length * 2)];
                }
                frame.getBytes(frame.readerIndex(), scratch, 0, length);
                out.add(decoder.decode(scratch, 0, length));
            }
        } catch (XsiDecodeException e) {
            out.add(e);
        }
    }
}
