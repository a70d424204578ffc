package io.bwjtapi.simulator.internal.netty;

import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.http.XsiDispatcher;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.ssl.SslContext;

/**
 * The pipeline of an XSP connection, built here and only here:
 * <pre>
 *   [tls]       SslHandler, when the XSPs speak HTTPS
 *   decoder     HttpRequestDecoder          (removed when the connection becomes an event channel)
 *   encoder     HttpResponseEncoder         (writes each event document as one chunk)
 *   aggregator  XsiObjectAggregator         (size limit: 413 with ErrorInfo; removed for event channels)
 *   xsi         XspRequestHandler           (records, dispatches to the switch, answers;
 *                                            replaced by ChannelUpstreamHandler on an event channel)
 * </pre>
 */
public final class XspChannelInitializer extends ChannelInitializer<SocketChannel> {
    static final String DECODER = "decoder";
    static final String AGGREGATOR = "aggregator";
    static final String XSI = "xsi";
    private static final int MAX_INITIAL_LINE = 8192;
    private static final int MAX_HEADER_SIZE = 16384;

    /** Creates the initializer of one XSP. */
    public interface Factory {
        XspChannelInitializer create(XspServer xsp);
    }

    private final XspServer xsp;
    private final SwitchCore core;
    private final XsiDispatcher dispatcher;
    private final SslContext tls;

    public XspChannelInitializer(XspServer xsp, SwitchCore core, XsiDispatcher dispatcher, SslContext tls) {
        this.xsp = xsp;
        this.core = core;
        this.dispatcher = dispatcher;
        this.tls = tls;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        int backlog = core.config().maxChannelBacklogBytes();
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(backlog / 2, backlog));
        xsp.accepted(channel);
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            pipeline.addLast("tls", tls.newHandler(channel.alloc()));
        }
        pipeline.addLast(DECODER, new HttpRequestDecoder(MAX_INITIAL_LINE, MAX_HEADER_SIZE, 65536));
        pipeline.addLast("encoder", new HttpResponseEncoder());
        pipeline.addLast(AGGREGATOR, new XsiObjectAggregator(core.config().maxRequestBytes()));
        pipeline.addLast(XSI, new XspRequestHandler(xsp, core, dispatcher));
    }
}
