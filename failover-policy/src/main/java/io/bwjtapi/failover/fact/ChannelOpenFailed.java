package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.XspEndpoint;
import java.util.Objects;

/** A channel request to an XSP failed; the policy counts it against that server and backs off. */
public final class ChannelOpenFailed extends EndpointFact {
    /** How a channel request failed. */
    public enum Kind {
        /** The TCP connection was refused. */
        REFUSED,
        /** The connection was reset before the first chunk arrived. */
        RESET,
        /** No answer within the wiring's connect or response timeout. */
        TIMEOUT,
        /** The XSP rejected the credentials (HTTP 401). */
        AUTH_REJECTED,
        /** The XSP answered with another HTTP error status, for example 503. */
        HTTP_STATUS
    }

    private final Kind kind;
    private final int httpStatus;

    private ChannelOpenFailed(XspEndpoint endpoint, Kind kind, int httpStatus) {
        super(endpoint);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
    }

    /**
     * @param endpoint the XSP
     * @param kind how the request failed; use {@link #httpStatus(XspEndpoint, int)} for HTTP errors
     * @return the fact
     */
    public static ChannelOpenFailed of(XspEndpoint endpoint, Kind kind) {
        if (kind == Kind.HTTP_STATUS) {
            throw new IllegalArgumentException("use httpStatus(endpoint, status) for HTTP errors");
        }
        return new ChannelOpenFailed(endpoint, kind, kind == Kind.AUTH_REJECTED ? 401 : 0);
    }

    /**
     * @param endpoint the XSP
     * @param status the HTTP error status (400..599); 401 is reported as {@link Kind#AUTH_REJECTED}
     * @return the fact
     */
    public static ChannelOpenFailed httpStatus(XspEndpoint endpoint, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("HTTP error status must be 400..599, was " + status);
        }
        return new ChannelOpenFailed(endpoint, status == 401 ? Kind.AUTH_REJECTED : Kind.HTTP_STATUS, status);
    }

    /** @return how the request failed */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP status for {@link Kind#HTTP_STATUS} and {@link Kind#AUTH_REJECTED}, otherwise 0 */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return a short description for logs and give-up messages, for example {@code HTTP 503} */
    public String describe() {
        return kind == Kind.HTTP_STATUS ? "HTTP " + httpStatus : kind.name();
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.channelOpenFailed(this);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && kind == ((ChannelOpenFailed) other).kind
                && httpStatus == ((ChannelOpenFailed) other).httpStatus;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), kind, httpStatus);
    }

    @Override
    public String toString() {
        return "ChannelOpenFailed[" + endpoint() + ", " + describe() + "]";
    }
}
