package io.bwjtapi.xsi.internal.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * Unwraps the long-lived chunked response of an event channel: passes each body chunk on as a plain
 * {@link ByteBuf} (never aggregating: the body never ends while the channel lives) and reports the status,
 * a refusal (with its bounded error body) and the end of the body as user events.
 *
 * <p>Pipeline position: right after {@code HttpClientCodec}, before {@link XmlDocumentFramer}.
 */
final class StreamingResponseHandler extends ChannelInboundHandlerAdapter {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    /** The response's status line arrived. */
    static final class Started {
        final int status;

        Started(int status) {
            this.status = status;
        }
    }

    /** A non-200 response arrived in full. */
    static final class Rejected {
        final int status;
        final byte[] body;

        Rejected(int status, byte[] body) {
            this.status = status;
            this.body = body;
        }
    }

    /** The 200 response's body ended. */
    static final Object ENDED = new Object() {
        @Override
        public String toString() {
            return "stream ended";
        }
    };

    private int status;
    private CompositeByteBuf errorBody;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof HttpResponse) {
                status = ((HttpResponse) msg).status().code();
                ctx.fireUserEventTriggered(new Started(status));
                if (status != 200) {
                    errorBody = ctx.alloc().compositeBuffer();
                }
            }
            if (msg instanceof HttpContent) {
                content(ctx, (HttpContent) msg);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void content(ChannelHandlerContext ctx, HttpContent content) {
        ByteBuf bytes = content.content();
        if (errorBody != null) {
            if (errorBody.readableBytes() + bytes.readableBytes() <= MAX_ERROR_BODY) {
                errorBody.addComponent(true, bytes.retain());
            }
        } else if (bytes.isReadable()) {
            ctx.fireChannelRead(bytes.retain());
        }
        if (content instanceof LastHttpContent) {
            if (errorBody != null) {
                byte[] body = ByteBufUtil.getBytes(errorBody);
                errorBody.release();
                errorBody = null;
                ctx.fireUserEventTriggered(new Rejected(status, body));
            } else {
                ctx.fireUserEventTriggered(ENDED);
            }
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (errorBody != null) {
            errorBody.release();
            errorBody = null;
        }
    }
}
