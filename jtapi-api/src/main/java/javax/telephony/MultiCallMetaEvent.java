package javax.telephony;

/** TODO-DOC */
public interface MultiCallMetaEvent extends MetaEvent {
    /** TODO-DOC */
    int MULTICALL_META_MERGE_ENDED = 201;

    /** TODO-DOC */
    int MULTICALL_META_MERGE_STARTED = 200;

    /** TODO-DOC */
    int MULTICALL_META_TRANSFER_ENDED = 203;

    /** TODO-DOC */
    int MULTICALL_META_TRANSFER_STARTED = 202;

    /** TODO-DOC */
    Call getNewCall();

    /** TODO-DOC */
    Call[] getOldCalls();
}
