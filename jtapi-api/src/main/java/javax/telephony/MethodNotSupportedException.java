package javax.telephony;

/**
 * Thrown when an implementation does not offer a method at all, or not for the object it was called on.
 * <p>
 * Applications can learn in advance which methods are offered from the capability objects
 * ({@code getCapabilities()}); a method whose capability reports {@code false} throws this exception.
 */
public class MethodNotSupportedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception without a detail message. */
    public MethodNotSupportedException() {
        super();
    }

    /**
     * Creates the exception with a detail message.
     *
     * @param message which method is not supported and, where known, why
     */
    public MethodNotSupportedException(String message) {
        super(message);
    }
}
