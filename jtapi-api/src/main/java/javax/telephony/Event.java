package javax.telephony;

/** TODO-DOC */
public interface Event {
    /** TODO-DOC */
    int CAUSE_CALL_CANCELLED = 102;

    /** TODO-DOC */
    int CAUSE_DEST_NOT_OBTAINABLE = 103;

    /** TODO-DOC */
    int CAUSE_INCOMPATIBLE_DESTINATION = 104;

    /** TODO-DOC */
    int CAUSE_LOCKOUT = 105;

    /** TODO-DOC */
    int CAUSE_NETWORK_CONGESTION = 108;

    /** TODO-DOC */
    int CAUSE_NETWORK_NOT_OBTAINABLE = 109;

    /** TODO-DOC */
    int CAUSE_NEW_CALL = 106;

    /** TODO-DOC */
    int CAUSE_NORMAL = 100;

    /** TODO-DOC */
    int CAUSE_RESOURCES_NOT_AVAILABLE = 107;

    /** TODO-DOC */
    int CAUSE_SNAPSHOT = 110;

    /** TODO-DOC */
    int CAUSE_UNKNOWN = 101;

    /** TODO-DOC */
    int getCause();

    /** TODO-DOC */
    int getID();

    /** TODO-DOC */
    MetaEvent getMetaEvent();

    /** TODO-DOC */
    Object getSource();
}
