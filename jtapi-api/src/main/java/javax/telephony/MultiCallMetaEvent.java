package javax.telephony;

/**
 * A {@link MetaEvent} that brackets events concerning several calls at once: a merge (conference) of
 * calls into one, or a transfer.
 * <p>
 * The events between a {@code *_STARTED} and its {@code *_ENDED} event report every resulting change:
 * connections moving from the old calls to the new one, the old calls becoming {@link Call#INVALID}, and
 * so on. {@link #getOldCalls()} and {@link #getNewCall()} say which calls took part and which remains.
 * These events are produced by the call control package's {@code conference()} and {@code transfer()}
 * methods and by the same operations done at a phone.
 *
 * @see CallListener#multiCallMetaMergeStarted(MetaEvent)
 * @see CallListener#multiCallMetaTransferStarted(MetaEvent)
 */
public interface MultiCallMetaEvent extends MetaEvent {
    /**
     * Event ID: the events of a merge have all been delivered. Delivered to
     * {@link CallListener#multiCallMetaMergeEnded(MetaEvent)}.
     */
    int MULTICALL_META_MERGE_ENDED = 201;

    /**
     * Event ID: the events that follow, until the matching {@link #MULTICALL_META_MERGE_ENDED}, report
     * calls being merged into one, as in a conference. Delivered to
     * {@link CallListener#multiCallMetaMergeStarted(MetaEvent)}.
     */
    int MULTICALL_META_MERGE_STARTED = 200;

    /**
     * Event ID: the events of a transfer have all been delivered. Delivered to
     * {@link CallListener#multiCallMetaTransferEnded(MetaEvent)}.
     */
    int MULTICALL_META_TRANSFER_ENDED = 203;

    /**
     * Event ID: the events that follow, until the matching {@link #MULTICALL_META_TRANSFER_ENDED}, report
     * a transfer: the transferring party leaves and the remaining parties are joined in one call.
     * Delivered to {@link CallListener#multiCallMetaTransferStarted(MetaEvent)}.
     */
    int MULTICALL_META_TRANSFER_STARTED = 202;

    /**
     * Returns the call that holds the parties once the merge or transfer is complete.
     *
     * @return the resulting call; never {@code null}
     */
    Call getNewCall();

    /**
     * Returns the calls that took part in the merge or transfer. The resulting call may be one of them,
     * when the others' parties were moved into it.
     *
     * @return the calls involved; never {@code null} or empty
     */
    Call[] getOldCalls();
}
