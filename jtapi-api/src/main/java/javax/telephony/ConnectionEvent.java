package javax.telephony;

/** TODO-DOC */
public interface ConnectionEvent extends CallEvent {
    /** TODO-DOC */
    int CONNECTION_ALERTING = 104;

    /** TODO-DOC */
    int CONNECTION_CONNECTED = 105;

    /** TODO-DOC */
    int CONNECTION_CREATED = 106;

    /** TODO-DOC */
    int CONNECTION_DISCONNECTED = 107;

    /** TODO-DOC */
    int CONNECTION_FAILED = 108;

    /** TODO-DOC */
    int CONNECTION_IN_PROGRESS = 109;

    /** TODO-DOC */
    int CONNECTION_UNKNOWN = 110;

    /** TODO-DOC */
    Connection getConnection();
}
