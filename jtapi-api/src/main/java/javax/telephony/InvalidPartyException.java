package javax.telephony;

/**
 * Thrown when a party named in a telephony request cannot take part in it: the number does not exist,
 * is not reachable from this provider, or is not allowed in the role it was given.
 * <p>
 * {@link #getType()} tells which end of the request was at fault: the originating party, the
 * destination party, or neither in particular.
 */
public class InvalidPartyException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The originating party (the caller's side of the request) is not valid. */
    public static final int ORIGINATING_PARTY = 0;

    /** The destination party (the called side of the request) is not valid. */
    public static final int DESTINATION_PARTY = 1;

    /** A party is not valid, but it is not known which one. */
    public static final int UNKNOWN_PARTY = 2;

    private final int type;

    /**
     * Creates the exception for the given party without a detail message.
     *
     * @param type one of {@link #ORIGINATING_PARTY}, {@link #DESTINATION_PARTY} or {@link #UNKNOWN_PARTY}
     */
    public InvalidPartyException(int type) {
        super();
        this.type = type;
    }

    /**
     * Creates the exception for the given party with a detail message.
     *
     * @param type one of {@link #ORIGINATING_PARTY}, {@link #DESTINATION_PARTY} or {@link #UNKNOWN_PARTY}
     * @param message why the party was refused
     */
    public InvalidPartyException(int type, String message) {
        super(message);
        this.type = type;
    }

    /**
     * Returns which party was refused.
     *
     * @return one of {@link #ORIGINATING_PARTY}, {@link #DESTINATION_PARTY} or {@link #UNKNOWN_PARTY}
     */
    public int getType() {
        return type;
    }
}
