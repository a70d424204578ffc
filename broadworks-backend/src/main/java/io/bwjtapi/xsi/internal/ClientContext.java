package io.bwjtapi.xsi.internal;

import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.internal.http.HttpResult;
import io.bwjtapi.xsi.internal.http.HttpTarget;
import io.bwjtapi.xsi.internal.http.XsiHttpClient;
import io.bwjtapi.xsi.internal.http.XsiRequest;
import io.bwjtapi.xsi.internal.netty.XsiChannelInitializer;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import io.bwjtapi.xsi.internal.xml.XsiResponseReader;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Everything the parts of one client share: configuration, event loops, the request client, the pipeline
 * initializer, decoders, facts and counters. Requests sent through it report 401 and 503 answers as facts.
 */
public final class ClientContext {
    private final XsiClientConfig config;
    private final EventLoopGroup group;
    private final XsiHttpClient http;
    private final XsiChannelInitializer initializer;
    private final XsiDocumentDecoder decoder;
    private final XsiResponseReader reader;
    private final Facts facts;
    private final Counters counters;
    private final Executor callbacks;

    /**
     * Assembles the context.
     *
     * @param config the configuration
     * @param group the Netty event loops
     * @param http the request client
     * @param initializer the pipeline builder
     * @param decoder the event document decoder
     * @param reader the response body reader
     * @param facts the lifecycle listeners
     * @param counters the counters
     * @param callbacks where public futures complete (never a Netty I/O thread)
     */
    public ClientContext(XsiClientConfig config, EventLoopGroup group, XsiHttpClient http,
            XsiChannelInitializer initializer, XsiDocumentDecoder decoder, XsiResponseReader reader, Facts facts,
            Counters counters, Executor callbacks) {
        this.config = config;
        this.group = group;
        this.http = http;
        this.initializer = initializer;
        this.decoder = decoder;
        this.reader = reader;
        this.facts = facts;
        this.counters = counters;
        this.callbacks = callbacks;
    }

    /** @return the configuration */
    public XsiClientConfig config() {
        return config;
    }

    /** @return an event loop for a new connection or timer */
    public EventLoop nextLoop() {
        return group.next();
    }

    /** @return the request client */
    public XsiHttpClient http() {
        return http;
    }

    /** @return the pipeline builder */
    public XsiChannelInitializer initializer() {
        return initializer;
    }

    /** @return the event document decoder */
    public XsiDocumentDecoder decoder() {
        return decoder;
    }

    /** @return the response reader */
    public XsiResponseReader reader() {
        return reader;
    }

    /** @return the lifecycle listeners */
    public Facts facts() {
        return facts;
    }

    /** @return the counters */
    public Counters counters() {
        return counters;
    }

    /** @return the executor public futures complete on */
    public Executor callbacks() {
        return callbacks;
    }

    /**
     * Creates a bootstrap for a streaming connection on the given loop.
     *
     * @param loop the loop the connection will live on
     * @return the bootstrap, without a handler
     */
    public Bootstrap streamBootstrap(EventLoop loop) {
        return new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true);
    }

    /**
     * Sends a request; reports a 401 answer as an auth failure and a 503 as overload. Completes on an I/O thread.
     *
     * @param target where to send it
     * @param request the request
     * @return the answer, or a transport failure
     */
    public CompletableFuture<HttpResult> send(HttpTarget target, XsiRequest request) {
        return http.send(target, request).whenComplete((result, failure) -> {
            if (result != null && result.status() == 401) {
                facts.fire(l -> l.authFailure(target.endpoint(), request.toString()));
            } else if (result != null && result.status() == 503) {
                facts.fire(l -> l.overload(target.endpoint(), request.toString()));
            }
        });
    }

    /**
     * Sends a request and turns the answer into an {@link XsiResponse}, parsing on the callback executor.
     *
     * @param target where to send it
     * @param request the request
     * @param root the expected root element of a success body, or {@code null} when none is expected
     * @param parser parses a success body with that root
     * @param <T> the body type
     * @return the response; fails only with a transport or decode exception
     */
    public <T> CompletableFuture<XsiResponse<T>> call(HttpTarget target, XsiRequest request, String root,
            XsiResponseReader.BodyParser<T> parser) {
        return send(target, request).thenApplyAsync(result -> toResponse(request, result, root, parser), callbacks);
    }

    /**
     * Interprets an HTTP answer.
     *
     * @param request the request it answers
     * @param result the answer
     * @param root the expected root element of a success body, or {@code null}
     * @param parser the success body parser
     * @param <T> the body type
     * @return the response
     */
    public <T> XsiResponse<T> toResponse(XsiRequest request, HttpResult result, String root,
            XsiResponseReader.BodyParser<T> parser) {
        int status = result.status();
        if (status >= 200 && status < 300) {
            T body = root == null || result.body().length == 0 ? null : reader.read(result.body(), root, parser);
            return XsiResponse.success(request.toString(), status, body, result.location());
        }
        var error = reader.errorInfo(result.body());
        String text = error != null || result.body().length == 0 ? null
                : new String(result.body(), StandardCharsets.UTF_8);
        return XsiResponse.error(request.toString(), status, error, text);
    }
}
