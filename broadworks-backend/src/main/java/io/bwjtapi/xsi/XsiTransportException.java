package io.bwjtapi.xsi;

import java.util.Objects;

/**
 * A request did not get an HTTP answer: connection refused or reset, TLS failure, or timeout. HTTP error
 * statuses are never reported this way (they are {@link XsiResponse}s).
 */
public final class XsiTransportException extends XsiException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** What kind of transport failure it was. */
    public enum Kind {
        /** The TCP connection could not be made. */
        CONNECT,
        /** The TLS handshake or certificate check failed. */
        TLS,
        /** No answer within the request timeout. */
        TIMEOUT,
        /** The connection failed or closed before the answer was complete. */
        IO,
        /** The client was closed. */
        CLOSED
    }

    /** The kind of failure. */
    private final Kind kind;
    /** The XSP (not serialized). */
    private final transient XsiEndpoint endpoint;

    /**
     * Creates the exception.
     *
     * @param kind the kind of failure
     * @param endpoint the XSP the request was for
     * @param request the request's method and path
     * @param cause the underlying failure, or {@code null}
     */
    public XsiTransportException(Kind kind, XsiEndpoint endpoint, String request, Throwable cause) {
        super(kind + " failure on " + request + " to " + endpoint + (cause == null ? "" : ": " + describe(cause)), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.endpoint = endpoint;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** @return what kind of transport failure it was */
    public Kind kind() {
        return kind;
    }

    /** @return the XSP the request was for */
    public XsiEndpoint endpoint() {
        return endpoint;
    }
}
