package io.bwjtapi.provider.spi;

import java.util.Objects;

/**
 * Why {@link SwitchConnector#connect} could not open a session; the peer turns it into a
 * {@code ProviderUnavailableException} with the matching reason. Messages must never contain credentials.
 */
public final class SwitchConnectException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The classes of failure, each with the {@code ProviderUnavailableException} reason it becomes. */
    public enum Reason {
        /** No server answered ({@code CAUSE_NOT_IN_SERVICE}). */
        UNREACHABLE,
        /** The credentials were refused ({@code CAUSE_INVALID_ARGUMENT}). */
        AUTHENTICATION_FAILED,
        /** The configuration cannot work, for example an unreadable trust store ({@code CAUSE_INVALID_ARGUMENT}). */
        INVALID_CONFIGURATION,
        /** Anything else ({@code CAUSE_UNKNOWN}). */
        FAILED
    }

    private final Reason reason;

    /**
     * @param reason the class of failure
     * @param message what went wrong, for example the last failure per server; no credentials
     * @param cause the underlying failure, or {@code null}
     */
    public SwitchConnectException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the class of failure */
    public Reason reason() {
        return reason;
    }
}
