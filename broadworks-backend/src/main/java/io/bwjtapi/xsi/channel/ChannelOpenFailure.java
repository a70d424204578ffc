package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.model.ErrorInfo;
import java.util.Objects;
import java.util.Optional;

/** Why an event channel could not be opened. */
public final class ChannelOpenFailure {
    /** The kinds of failure. */
    public enum Kind {
        /** 401: the credentials were refused. */
        AUTH,
        /** The TCP connection was refused or could not be made. */
        REFUSED,
        /** No Channel document within the request timeout (or the connect timed out). */
        TIMEOUT,
        /** The TLS handshake or certificate check failed. */
        TLS,
        /** The XSP answered another error status (503 means overload); see {@link #status()}. */
        HTTP_STATUS,
        /** The connection broke before the channel opened. */
        IO,
        /** The client was closed, or the open was abandoned. */
        CLOSED
    }

    private final Kind kind;
    private final int status;
    private final ErrorInfo errorInfo;
    private final String detail;

    /**
     * Creates a failure.
     *
     * @param kind the kind
     * @param status the HTTP status, or 0 when there was none
     * @param errorInfo the XSP's ErrorInfo, or {@code null}
     * @param detail a human-readable detail (no secrets)
     */
    public ChannelOpenFailure(Kind kind, int status, ErrorInfo errorInfo, String detail) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
        this.errorInfo = errorInfo;
        this.detail = detail == null ? "" : detail;
    }

    /** @return the kind of failure */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP status, or 0 when there was none */
    public int status() {
        return status;
    }

    /** @return the XSP's ErrorInfo, when it sent one */
    public Optional<ErrorInfo> errorInfo() {
        return Optional.ofNullable(errorInfo);
    }

    /** @return a human-readable detail */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return kind + (status == 0 ? "" : " " + status) + (errorInfo == null ? "" : " " + errorInfo)
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
