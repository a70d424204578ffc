package javax.telephony;

/**
 * Thrown when a method receives an argument it cannot use: a {@code null} where an object is required,
 * an object that belongs to another {@link Provider}, or a value outside the range the method accepts.
 * <p>
 * The exception describes a mistake in the call itself; retrying with the same arguments fails again.
 */
public class InvalidArgumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception without a detail message. */
    public InvalidArgumentException() {
        super();
    }

    /**
     * Creates the exception with a detail message.
     *
     * @param message what was wrong with the argument
     */
    public InvalidArgumentException(String message) {
        super(message);
    }
}
