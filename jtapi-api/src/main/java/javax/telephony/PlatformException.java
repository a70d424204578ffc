package javax.telephony;

/**
 * An unchecked exception for failures inside the implementation or the telephony platform that fit no
 * other exception of this API, such as a lost connection to the switch in the middle of a request or an
 * internal error.
 * <p>
 * Any JTAPI method may throw it, whether or not its signature says so.
 */
public class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception without a detail message. */
    public PlatformException() {
        super();
    }

    /**
     * Creates the exception with a detail message.
     *
     * @param message what failed in the platform
     */
    public PlatformException(String message) {
        super(message);
    }
}
