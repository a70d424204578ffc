package javax.telephony;

import java.util.EventListener;

/** TODO-DOC */
public interface CallListener extends EventListener {
    /** TODO-DOC */
    void callActive(CallEvent callEvent);

    /** TODO-DOC */
    void callEventTransmissionEnded(CallEvent callEvent);

    /** TODO-DOC */
    void callInvalid(CallEvent callEvent);

    /** TODO-DOC */
    void multiCallMetaMergeEnded(MetaEvent metaEvent);

    /** TODO-DOC */
    void multiCallMetaMergeStarted(MetaEvent metaEvent);

    /** TODO-DOC */
    void multiCallMetaTransferEnded(MetaEvent metaEvent);

    /** TODO-DOC */
    void multiCallMetaTransferStarted(MetaEvent metaEvent);

    /** TODO-DOC */
    void singleCallMetaProgressEnded(MetaEvent metaEvent);

    /** TODO-DOC */
    void singleCallMetaProgressStarted(MetaEvent metaEvent);

    /** TODO-DOC */
    void singleCallMetaSnapshotEnded(MetaEvent metaEvent);

    /** TODO-DOC */
    void singleCallMetaSnapshotStarted(MetaEvent metaEvent);
}
