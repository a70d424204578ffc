package javax.telephony;

/** TODO-DOC */
public interface SingleCallMetaEvent extends MetaEvent {
    /** TODO-DOC */
    int SINGLECALL_META_PROGRESS_ENDED = 211;

    /** TODO-DOC */
    int SINGLECALL_META_PROGRESS_STARTED = 210;

    /** TODO-DOC */
    int SINGLECALL_META_SNAPSHOT_ENDED = 213;

    /** TODO-DOC */
    int SINGLECALL_META_SNAPSHOT_STARTED = 212;

    /** TODO-DOC */
    Call getCall();
}
