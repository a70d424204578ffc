package javax.telephony;

/** TODO-DOC */
public interface ConnectionListener extends CallListener {
    /** TODO-DOC */
    void connectionAlerting(ConnectionEvent connectionEvent);

    /** TODO-DOC */
    void connectionConnected(ConnectionEvent connectionEvent);

    /** TODO-DOC */
    void connectionCreated(ConnectionEvent connectionEvent);

    /** TODO-DOC */
    void connectionDisconnected(ConnectionEvent connectionEvent);

    /** TODO-DOC */
    void connectionFailed(ConnectionEvent connectionEvent);

    /** TODO-DOC */
    void connectionInProgress(ConnectionEvent connectionEvent);

    /** TODO-DOC */
    void connectionUnknown(ConnectionEvent connectionEvent);
}
