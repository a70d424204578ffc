package javax.telephony;

/**
 * Thrown when the application is not allowed to do what it asked, for example to place a call from a
 * terminal it does not control or to a destination its class of service forbids.
 * <p>
 * {@link #getType()} tells which side of the request lacked the privilege.
 */
public class PrivilegeViolationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The originating side of the request is not allowed to make it. */
    public static final int ORIGINATOR_VIOLATION = 0;

    /** The destination of the request may not be reached this way. */
    public static final int DESTINATION_VIOLATION = 1;

    /** A privilege is missing, but it is not known on which side. */
    public static final int UNKNOWN_VIOLATION = 2;

    private final int type;

    /**
     * Creates the exception without a detail message.
     *
     * @param type one of {@link #ORIGINATOR_VIOLATION}, {@link #DESTINATION_VIOLATION} or
     *     {@link #UNKNOWN_VIOLATION}
     */
    public PrivilegeViolationException(int type) {
        super();
        this.type = type;
    }

    /**
     * Creates the exception with a detail message.
     *
     * @param type one of {@link #ORIGINATOR_VIOLATION}, {@link #DESTINATION_VIOLATION} or
     *     {@link #UNKNOWN_VIOLATION}
     * @param message which privilege was missing
     */
    public PrivilegeViolationException(int type, String message) {
        super(message);
        this.type = type;
    }

    /**
     * Returns which side of the request lacked the privilege.
     *
     * @return one of {@link #ORIGINATOR_VIOLATION}, {@link #DESTINATION_VIOLATION} or
     *     {@link #UNKNOWN_VIOLATION}
     */
    public int getType() {
        return type;
    }
}
