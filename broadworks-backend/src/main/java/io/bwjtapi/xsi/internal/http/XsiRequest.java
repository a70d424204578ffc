package io.bwjtapi.xsi.internal.http;

import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One Xsi HTTP request: method, path with query, and an optional XML body. */
public final class XsiRequest {
    private final HttpMethod method;
    private final String path;
    private final byte[] body;
    private final boolean retryable;

    private XsiRequest(HttpMethod method, String path, byte[] body, boolean retryable) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.body = body;
        this.retryable = retryable;
    }

    /**
     * Creates a request without a body.
     *
     * @param method the HTTP method
     * @param path the absolute path with an already encoded query
     * @return the request
     */
    public static XsiRequest of(HttpMethod method, String path) {
        return new XsiRequest(method, path, null, !HttpMethod.POST.equals(method));
    }

    /**
     * Creates a request with an XML body.
     *
     * @param method the HTTP method
     * @param path the absolute path with an already encoded query
     * @param xml the body, sent as UTF-8 {@code application/xml}
     * @return the request
     */
    public static XsiRequest withBody(HttpMethod method, String path, String xml) {
        return new XsiRequest(method, path, xml.getBytes(StandardCharsets.UTF_8), !HttpMethod.POST.equals(method));
    }

    /**
     * Marks the request as safe to send twice (e.g. an EventResponse), so a request lost on a stale pooled
     * connection is retried once. Requests other than POST are retryable already.
     *
     * @return a retryable copy
     */
    public XsiRequest retryable() {
        return new XsiRequest(method, path, body, true);
    }

    /** @return whether the request may be sent again after a connection broke under it */
    public boolean isRetryable() {
        return retryable;
    }

    /** @return the method */
    public HttpMethod method() {
        return method;
    }

    /** @return the path and query */
    public String path() {
        return path;
    }

    /** @return the body bytes, or {@code null} */
    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
