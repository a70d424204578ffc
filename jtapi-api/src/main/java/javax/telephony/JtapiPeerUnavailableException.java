package javax.telephony;

/**
 * Thrown by {@link JtapiPeerFactory#getJtapiPeer(String)} when the requested {@link JtapiPeer} cannot be
 * provided: its class is not on the class path, cannot be instantiated, or is not a {@code JtapiPeer}.
 * The message names the class that was asked for and what went wrong.
 */
public class JtapiPeerUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception without a detail message. */
    public JtapiPeerUnavailableException() {
        super();
    }

    /**
     * Creates the exception with a detail message.
     *
     * @param message which peer class was asked for and why it is not available
     */
    public JtapiPeerUnavailableException(String message) {
        super(message);
    }
}
