package javax.telephony;

/**
 * An event about a {@link Connection}, delivered to the {@link ConnectionListener}s of its call: the
 * connection was created or changed state.
 * <p>
 * The ID names the connection's new state, and {@link #getCall()} is the connection's call. The JTAPI 1.2
 * equivalents are the {@code javax.telephony.events.Conn*Ev} interfaces, for example
 * {@link javax.telephony.events.ConnAlertingEv}.
 *
 * @see ConnectionListener
 * @see Connection
 */
public interface ConnectionEvent extends CallEvent {
    /**
     * Event ID: the connection has moved to {@link Connection#ALERTING}. Delivered to
     * {@link ConnectionListener#connectionAlerting(ConnectionEvent)}.
     */
    int CONNECTION_ALERTING = 104;

    /**
     * Event ID: the connection has moved to {@link Connection#CONNECTED}. Delivered to
     * {@link ConnectionListener#connectionConnected(ConnectionEvent)}.
     */
    int CONNECTION_CONNECTED = 105;

    /**
     * Event ID: a new connection has been added to the call, in state {@link Connection#IDLE}. Delivered to
     * {@link ConnectionListener#connectionCreated(ConnectionEvent)}.
     */
    int CONNECTION_CREATED = 106;

    /**
     * Event ID: the connection has moved to {@link Connection#DISCONNECTED} and has left the call.
     * Delivered to {@link ConnectionListener#connectionDisconnected(ConnectionEvent)}.
     */
    int CONNECTION_DISCONNECTED = 107;

    /**
     * Event ID: the connection has moved to {@link Connection#FAILED}; the cause tells why. Delivered to
     * {@link ConnectionListener#connectionFailed(ConnectionEvent)}.
     */
    int CONNECTION_FAILED = 108;

    /**
     * Event ID: the connection has moved to {@link Connection#INPROGRESS}. Delivered to
     * {@link ConnectionListener#connectionInProgress(ConnectionEvent)}.
     */
    int CONNECTION_IN_PROGRESS = 109;

    /**
     * Event ID: the connection has moved to {@link Connection#UNKNOWN}. Delivered to
     * {@link ConnectionListener#connectionUnknown(ConnectionEvent)}.
     */
    int CONNECTION_UNKNOWN = 110;

    /**
     * Returns the connection the event is about.
     *
     * @return the connection; never {@code null}
     */
    Connection getConnection();
}
