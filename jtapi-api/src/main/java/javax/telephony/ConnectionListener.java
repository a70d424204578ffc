package javax.telephony;

/**
 * A {@link CallListener} that also receives the state changes of the call's {@link Connection}s.
 * <p>
 * Added like any call listener, to a call or to the calls at an address or terminal; because it
 * implements this interface, the implementation also calls the methods below, each with a
 * {@link ConnectionEvent} whose ID matches the method. Listeners that need terminal-level detail
 * implement {@link TerminalConnectionListener} instead. The state model behind these methods is described
 * in {@link Connection}.
 */
public interface ConnectionListener extends CallListener {
    /**
     * Called when a connection has moved to {@link Connection#ALERTING}: its address is being told of the
     * call.
     *
     * @param connectionEvent the event, with ID {@link ConnectionEvent#CONNECTION_ALERTING}
     */
    void connectionAlerting(ConnectionEvent connectionEvent);

    /**
     * Called when a connection has moved to {@link Connection#CONNECTED}: its address takes part in the
     * call.
     *
     * @param connectionEvent the event, with ID {@link ConnectionEvent#CONNECTION_CONNECTED}
     */
    void connectionConnected(ConnectionEvent connectionEvent);

    /**
     * Called when a connection has been added to the call, in state {@link Connection#IDLE}.
     *
     * @param connectionEvent the event, with ID {@link ConnectionEvent#CONNECTION_CREATED}
     */
    void connectionCreated(ConnectionEvent connectionEvent);

    /**
     * Called when a connection has moved to {@link Connection#DISCONNECTED}: its address has left the
     * call.
     *
     * @param connectionEvent the event, with ID {@link ConnectionEvent#CONNECTION_DISCONNECTED}
     */
    void connectionDisconnected(ConnectionEvent connectionEvent);

    /**
     * Called when a connection has moved to {@link Connection#FAILED}: the attempt to involve its address
     * failed; the event's cause tells why.
     *
     * @param connectionEvent the event, with ID {@link ConnectionEvent#CONNECTION_FAILED}
     */
    void connectionFailed(ConnectionEvent connectionEvent);

    /**
     * Called when a connection has moved to {@link Connection#INPROGRESS}: the call is on its way to its
     * address.
     *
     * @param connectionEvent the event, with ID {@link ConnectionEvent#CONNECTION_IN_PROGRESS}
     */
    void connectionInProgress(ConnectionEvent connectionEvent);

    /**
     * Called when a connection has moved to {@link Connection#UNKNOWN}: the implementation can no longer
     * tell its state.
     *
     * @param connectionEvent the event, with ID {@link ConnectionEvent#CONNECTION_UNKNOWN}
     */
    void connectionUnknown(ConnectionEvent connectionEvent);
}
