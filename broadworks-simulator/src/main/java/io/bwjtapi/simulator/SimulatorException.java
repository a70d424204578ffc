package io.bwjtapi.simulator;

/**
 * A call-control or configuration request the switch refuses, with the reason an Xsi client would see as an
 * HTTP status (see {@link Reason#httpStatus()}).
 */
public class SimulatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        /** Malformed or missing parameters. */
        BAD_REQUEST(400, 4000),
        /** The target lies outside the login's scope. */
        FORBIDDEN(403, 4030),
        /** Unknown user, call, channel or subscription. */
        NOT_FOUND(404, 4040),
        /** The call is in a state that does not allow the action. */
        INVALID_STATE(400, 4003);

        private final int httpStatus;
        private final int errorCode;

        Reason(int httpStatus, int errorCode) {
            this.httpStatus = httpStatus;
            this.errorCode = errorCode;
        }

        /** Returns the HTTP status Xsi answers with. */
        public int httpStatus() {
            return httpStatus;
        }

        /** Returns the {@code errorCode} of the Xsi {@code ErrorInfo} body. */
        public int errorCode() {
            return errorCode;
        }
    }

    private final Reason reason;

    /** A refusal for the reason, with a message for people. */
    public SimulatorException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Returns why the request was refused. */
    public Reason reason() {
        return reason;
    }

    static SimulatorException notFound(String what) {
        return new SimulatorException(Reason.NOT_FOUND, what);
    }
}
