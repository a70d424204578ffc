package javax.telephony;

/**
 * Thrown when a request is valid but a resource it needs is not available right now: no dial tone, no
 * free trunk, too many observers, too many outstanding requests. Trying again later may succeed.
 * <p>
 * {@link #getType()} tells which resource ran out.
 */
public class ResourceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The missing resource is not known. */
    public static final int UNKNOWN = 0;

    /** The originating party cannot take part right now, for example because it is busy. */
    public static final int ORIGINATOR_UNAVAILABLE = 1;

    /** No more observers or listeners can be added to the object. */
    public static final int OBSERVER_LIMIT_EXCEEDED = 2;

    /** No trunk is free for the call. */
    public static final int TRUNK_LIMIT_EXCEEDED = 3;

    /** Too many requests are already outstanding on the object. */
    public static final int OUTSTANDING_METHOD_EXCEEDED = 4;

    /** Some other limit of the implementation or the switch was reached. */
    public static final int UNSPECIFIED_LIMIT_EXCEEDED = 5;

    /** The originating terminal did not get dial tone. */
    public static final int NO_DIALTONE = 6;

    /** A person at a terminal had to act (for example pick up the handset) and did not. */
    public static final int USER_RESPONSE = 7;

    private final int type;

    /**
     * Creates the exception without a detail message.
     *
     * @param type one of the resource constants of this class
     */
    public ResourceUnavailableException(int type) {
        super();
        this.type = type;
    }

    /**
     * Creates the exception with a detail message.
     *
     * @param type one of the resource constants of this class
     * @param message which resource was not available
     */
    public ResourceUnavailableException(int type, String message) {
        super(message);
        this.type = type;
    }

    /**
     * Returns which resource was not available.
     *
     * @return one of the resource constants of this class
     */
    public int getType() {
        return type;
    }
}
