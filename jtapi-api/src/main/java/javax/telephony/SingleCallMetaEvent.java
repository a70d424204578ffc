package javax.telephony;

/**
 * A {@link MetaEvent} that brackets events concerning one call: an ordinary step in the call's progress,
 * or a snapshot of its state.
 * <p>
 * A snapshot is delivered when a {@link CallListener} is attached to a call that already has history
 * ({@link Call#addCallListener(CallListener)}, {@link Address#addCallListener(CallListener)},
 * {@link Terminal#addCallListener(CallListener)}) and whenever the implementation must bring listeners
 * back in step with a call, for example after the provider returns to service. The events between
 * {@link #SINGLECALL_META_SNAPSHOT_STARTED} and {@link #SINGLECALL_META_SNAPSHOT_ENDED} describe the
 * call's current state, every one with cause {@link Event#CAUSE_SNAPSHOT}; they are not a history.
 *
 * @see CallListener#singleCallMetaSnapshotStarted(MetaEvent)
 * @see CallListener#singleCallMetaProgressStarted(MetaEvent)
 */
public interface SingleCallMetaEvent extends MetaEvent {
    /**
     * Event ID: the events of one progress step of the call have all been delivered. Delivered to
     * {@link CallListener#singleCallMetaProgressEnded(MetaEvent)}.
     */
    int SINGLECALL_META_PROGRESS_ENDED = 211;

    /**
     * Event ID: the events that follow report one step in the call's progress (for example the call being
     * answered), until the matching {@link #SINGLECALL_META_PROGRESS_ENDED}. Delivered to
     * {@link CallListener#singleCallMetaProgressStarted(MetaEvent)}.
     */
    int SINGLECALL_META_PROGRESS_STARTED = 210;

    /**
     * Event ID: the snapshot of the call is complete; the listener now knows the call's current state.
     * Delivered to {@link CallListener#singleCallMetaSnapshotEnded(MetaEvent)}.
     */
    int SINGLECALL_META_SNAPSHOT_ENDED = 213;

    /**
     * Event ID: the events that follow, until the matching {@link #SINGLECALL_META_SNAPSHOT_ENDED}, are a
     * snapshot of the call's current state, each with cause {@link Event#CAUSE_SNAPSHOT}. Delivered to
     * {@link CallListener#singleCallMetaSnapshotStarted(MetaEvent)}.
     */
    int SINGLECALL_META_SNAPSHOT_STARTED = 212;

    /**
     * Returns the call that the grouped events concern.
     *
     * @return the call; never {@code null}
     */
    Call getCall();
}
