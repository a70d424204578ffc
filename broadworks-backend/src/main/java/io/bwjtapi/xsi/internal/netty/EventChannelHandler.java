package io.bwjtapi.xsi.internal.netty;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.internal.xml.XsiDocument;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/**
 * The last handler of an event channel: hands decoded documents, failures, drops and the response's life
 * cycle to the channel's {@link StreamListener}, and reports the close with the failure that caused it.
 *
 * <p>Pipeline position: last, after {@link XsiDocumentDecoderHandler}.
 */
final class EventChannelHandler extends ChannelInboundHandlerAdapter {
    private final StreamListener listener;
    private Throwable failure;

    EventChannelHandler(StreamListener listener) {
        this.listener = listener;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof XsiDocument) {
            listener.document((XsiDocument) msg);
        } else if (msg instanceof XsiDecodeException) {
            listener.decodeFailed((XsiDecodeException) msg);
        } else if (msg instanceof DroppedDocument) {
            listener.dropped(msg.toString());
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof StreamingResponseHandler.Started) {
            listener.responseStarted(((StreamingResponseHandler.Started) evt).status);
        } else if (evt instanceof StreamingResponseHandler.Rejected) {
            StreamingResponseHandler.Rejected rejected = (StreamingResponseHandler.Rejected) evt;
            listener.rejected(rejected.status, rejected.body);
        } else if (evt == StreamingResponseHandler.ENDED) {
            listener.streamEnded();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        listener.closed(failure);
        ctx.fireChannelInactive();
    }
}
