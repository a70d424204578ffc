package javax.telephony;

/** TODO-DOC */
public interface CallEvent extends Event {
    /** TODO-DOC */
    int CALL_ACTIVE = 101;

    /** TODO-DOC */
    int CALL_EVENT_TRANSMISSION_ENDED = 103;

    /** TODO-DOC */
    int CALL_INVALID = 102;

    /** TODO-DOC */
    Call getCall();
}
