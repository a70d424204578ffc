package javax.telephony;

/**
 * An unchecked exception thrown when a {@link Provider} cannot be created or used: the service named in
 * the provider string is unknown, the arguments are malformed, or the telephony system cannot be reached.
 * <p>
 * {@link #getReason()} classifies the failure. JTAPI 1.2 and 1.3 implementations (Cisco's among them)
 * declared the same classification as {@code int getCause()}; JTAPI 1.4 renamed it {@code getReason()},
 * because {@code getCause()} is taken by {@link Throwable}. Applications compiled against a JTAPI 1.2 jar
 * that call {@code getCause()} on this exception must be recompiled to call {@code getReason()}.
 */
public class ProviderUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reason is not known. */
    public static final int CAUSE_UNKNOWN = 0xA0;

    /** The telephony system behind the provider is not in service. */
    public static final int CAUSE_NOT_IN_SERVICE = 0xA1;

    /** The service named in the provider string is not offered by this peer. */
    public static final int CAUSE_INVALID_SERVICE = 0xA2;

    /** The provider string or one of its arguments is malformed or not accepted. */
    public static final int CAUSE_INVALID_ARGUMENT = 0xA3;

    private final int reason;

    /** Creates the exception with reason {@link #CAUSE_UNKNOWN} and no detail message. */
    public ProviderUnavailableException() {
        this(CAUSE_UNKNOWN);
    }

    /**
     * Creates the exception with a reason and no detail message.
     *
     * @param reason one of the {@code CAUSE_*} constants of this class
     */
    public ProviderUnavailableException(int reason) {
        super();
        this.reason = reason;
    }

    /**
     * Creates the exception with a reason and a detail message.
     *
     * @param reason one of the {@code CAUSE_*} constants of this class
     * @param message why the provider is not available
     */
    public ProviderUnavailableException(int reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Creates the exception with reason {@link #CAUSE_UNKNOWN} and a detail message.
     *
     * @param message why the provider is not available
     */
    public ProviderUnavailableException(String message) {
        this(CAUSE_UNKNOWN, message);
    }

    /**
     * Returns why the provider is not available.
     *
     * @return one of the {@code CAUSE_*} constants of this class
     */
    public int getReason() {
        return reason;
    }
}
