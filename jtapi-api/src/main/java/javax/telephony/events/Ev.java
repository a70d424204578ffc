package javax.telephony.events;

/** TODO-DOC */
public interface Ev {
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
    int META_CALL_ADDITIONAL_PARTY = 130;

    /** TODO-DOC */
    int META_CALL_ENDING = 132;

    /** TODO-DOC */
    int META_CALL_MERGING = 133;

    /** TODO-DOC */
    int META_CALL_PROGRESS = 129;

    /** TODO-DOC */
    int META_CALL_REMOVING_PARTY = 131;

    /** TODO-DOC */
    int META_CALL_STARTING = 128;

    /** TODO-DOC */
    int META_CALL_TRANSFERRING = 134;

    /** TODO-DOC */
    int META_SNAPSHOT = 135;

    /** TODO-DOC */
    int META_UNKNOWN = 136;

    /** TODO-DOC */
    int getCause();

    /** TODO-DOC */
    int getID();

    /** TODO-DOC */
    int getMetaCode();

    /** TODO-DOC @deprecated */
    Object getObserved();

    /** TODO-DOC */
    boolean isNewMetaEvent();
}
