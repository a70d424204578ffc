package io.bwjtapi.xsi;

/** The root of the backend's unchecked exceptions. Messages never contain credentials. */
public class XsiException extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, with context
     */
    public XsiException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong, with context
     * @param cause the underlying failure
     */
    public XsiException(String message, Throwable cause) {
        super(message, cause);
    }
}
