package io.bwjtapi.xsi.internal.netty;

import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.internal.http.ResponseHandler;
import io.bwjtapi.xsi.internal.http.TlsContexts;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;

/**
 * The one place where the client's Netty pipelines are built: the pooled request pipeline and the
 * streaming event-channel pipeline. Each handler has one concern.
 */
public final class XsiChannelInitializer {
    /** The {@code User-Agent} of every request. */
    public static final String USER_AGENT = "bwjtapi-xsi";
    /** The header that pins the Xsi protocol version. */
    public static final String PROTOCOL_VERSION_HEADER = "X-BroadWorks-Protocol-Version";

    private final TlsContexts tls;
    private final int maxResponseSize;
    private final int maxDocumentSize;
    private final XsiDocumentDecoder decoder;

    /**
     * Creates the initializer.
     *
     * @param tls TLS contexts, or {@code null} when no endpoint uses TLS
     * @param maxResponseSize largest request answer accepted
     * @param maxDocumentSize largest event document accepted
     * @param decoder the document decoder shared by all channels
     */
    public XsiChannelInitializer(TlsContexts tls, int maxResponseSize, int maxDocumentSize, XsiDocumentDecoder decoder) {
        this.tls = tls;
        this.maxResponseSize = maxResponseSize;
        this.maxDocumentSize = maxDocumentSize;
        this.decoder = decoder;
    }

    /**
     * Builds the pipeline of a pooled request connection: [TLS] → HTTP codec → aggregator → response handler.
     *
     * @param channel the new connection
     * @param endpoint the XSP it goes to
     */
    public void initRequestPipeline(Channel channel, XsiEndpoint endpoint) {
        ChannelPipeline p = channel.pipeline();
        addTls(channel, endpoint);
        p.addLast("http", new HttpClientCodec());
        p.addLast("aggregator", new HttpObjectAggregator(maxResponseSize));
        p.addLast("response", new ResponseHandler());
    }

    /**
     * Builds the pipeline of a streaming event channel: [TLS] → HTTP codec → chunk unwrapper → document framer
     * → document decoder → event channel handler. No aggregator: the response body never ends.
     *
     * @param channel the new connection
     * @param endpoint the XSP it goes to
     * @param listener the channel that owns the connection
     */
    public void initStreamPipeline(Channel channel, XsiEndpoint endpoint, StreamListener listener) {
        ChannelPipeline p = channel.pipeline();
        addTls(channel, endpoint);
        p.addLast("http", new HttpClientCodec());
        p.addLast("unwrap", new StreamingResponseHandler());
        p.addLast("framer", new XmlDocumentFramer(maxDocumentSize));
        p.addLast("decoder", new XsiDocumentDecoderHandler(decoder));
        p.addLast("channel", new EventChannelHandler(listener));
    }

    private void addTls(Channel channel, XsiEndpoint endpoint) {
        if (endpoint.tls()) {
            if (tls == null) {
                throw new IllegalStateException("no TLS context for " + endpoint);
            }
            channel.pipeline().addLast("tls", tls.newHandler(channel.alloc(), endpoint.host(), endpoint.port()));
        }
    }
}
