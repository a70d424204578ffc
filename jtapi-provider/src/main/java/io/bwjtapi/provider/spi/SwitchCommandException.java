package io.bwjtapi.provider.spi;

import io.bwjtapi.ext.BwSwitchError;
import java.util.Objects;

/**
 * Why the switch did not carry out a command: the exception with which an adapter completes a command's
 * future exceptionally. The JTAPI layer turns it into the JTAPI exception the method declares (one mapper)
 * and keeps it as that exception's cause, so applications can read the BroadWorks details through
 * {@link BwSwitchError#of(Throwable)}. Messages must never contain credentials.
 */
public final class SwitchCommandException extends Exception implements BwSwitchError {
    private static final long serialVersionUID = 1L;

    /** The classes of failure the JTAPI layer distinguishes. */
    public enum Kind {
        /** A destination or party was rejected: malformed, unknown, not reachable (BroadWorks 400 on an address). */
        INVALID_PARTY,
        /** The call or party is not in a state that allows the command (BroadWorks 400/409 on a call). */
        INVALID_STATE,
        /** The switch no longer knows the call (BroadWorks 404 on a call, or a call missing after failover). */
        CALL_GONE,
        /** The login may not do this for this user (BroadWorks 401/403). */
        NOT_PERMITTED,
        /** The switch cannot do this at all, or the user lacks the service (for example no Call Transfer). */
        NOT_SUPPORTED,
        /** The switch is busy or a resource is missing (BroadWorks 503, overload, no conference bridge). */
        RESOURCE_UNAVAILABLE,
        /** Any other refusal by the switch, with its error code. */
        REJECTED,
        /** The request could not be sent or no answer came back (I/O, TLS, no channel). */
        TRANSPORT,
        /** The switch did not answer in time. */
        TIMEOUT
    }

    private final Kind kind;
    private final int errorCode;
    private final String summary;
    private final int httpStatus;

    /**
     * @param kind the class of failure
     * @param errorCode the BroadWorks error code, or {@code -1}
     * @param httpStatus the HTTP status, or {@code -1}
     * @param summary the switch's summary or a description of the failure; no credentials
     */
    public SwitchCommandException(Kind kind, int errorCode, int httpStatus, String summary) {
        super(describe(kind, errorCode, httpStatus, summary));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    /**
     * @param kind the class of failure
     * @param summary a description of the failure; no credentials
     * @return an exception without BroadWorks error code or HTTP status
     */
    public static SwitchCommandException of(Kind kind, String summary) {
        return new SwitchCommandException(kind, -1, -1, summary);
    }

    private static String describe(Kind kind, int errorCode, int httpStatus, String summary) {
        StringBuilder b = new StringBuilder(String.valueOf(kind));
        if (httpStatus >= 0) {
            b.append(", HTTP ").append(httpStatus);
        }
        if (errorCode >= 0) {
            b.append(", errorCode ").append(errorCode);
        }
        return b.append(": ").append(summary).toString();
    }

    /** @return the class of failure */
    public Kind kind() {
        return kind;
    }

    @Override
    public int getErrorCode() {
        return errorCode;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public int getHttpStatus() {
        return httpStatus;
    }
}
