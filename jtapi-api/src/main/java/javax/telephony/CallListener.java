package javax.telephony;

import java.util.EventListener;

/**
 * Receives the events of one or more {@link Call}s: the calls' state changes and the {@link MetaEvent}s
 * that group related changes.
 * <p>
 * A call listener is added to one call with {@link Call#addCallListener(CallListener)}, or to every call
 * at an address or terminal with {@link Address#addCallListener(CallListener)} and
 * {@link Terminal#addCallListener(CallListener)}. The interfaces it implements choose the detail: this
 * interface alone receives call-level and meta events; {@link ConnectionListener} adds connection
 * events and {@link TerminalConnectionListener} terminal connection events; extension packages add their
 * own sub-interfaces ({@code CallControlCallListener} and others). One listener may be on many calls:
 * {@link CallEvent#getCall()} tells which call an event is about.
 * <p>
 * Events arrive one at a time and in order, on a thread of the implementation; methods should return
 * promptly. Related events come between a pair of meta events, the started one first. When the listener
 * is attached to a call that already has history, it first receives a snapshot of the call between
 * {@link #singleCallMetaSnapshotStarted(MetaEvent)} and {@link #singleCallMetaSnapshotEnded(MetaEvent)}.
 * For each call, {@link #callEventTransmissionEnded(CallEvent)} is the last event. This interface
 * replaces the JTAPI 1.2 {@link CallObserver}.
 */
public interface CallListener extends EventListener {
    /**
     * Called when a call has moved to {@link Call#ACTIVE}.
     *
     * @param callEvent the event, with ID {@link CallEvent#CALL_ACTIVE}
     */
    void callActive(CallEvent callEvent);

    /**
     * Called with the last event this listener receives about a call: it was removed from the call, the
     * call left the address or terminal through which it was attached, the implementation can no longer
     * follow the call, or the call became {@link Call#INVALID}. The listener is no longer in that call's
     * {@link Call#getCallListeners()}.
     *
     * @param callEvent the event, with ID {@link CallEvent#CALL_EVENT_TRANSMISSION_ENDED}
     */
    void callEventTransmissionEnded(CallEvent callEvent);

    /**
     * Called when a call has moved to {@link Call#INVALID}: all its connections are disconnected and the
     * call has ended. {@link #callEventTransmissionEnded(CallEvent)} follows.
     *
     * @param callEvent the event, with ID {@link CallEvent#CALL_INVALID}
     */
    void callInvalid(CallEvent callEvent);

    /**
     * Called after the last event of a merge of calls; the call model is consistent again.
     *
     * @param metaEvent a {@link MultiCallMetaEvent} with ID {@link MultiCallMetaEvent#MULTICALL_META_MERGE_ENDED}
     */
    void multiCallMetaMergeEnded(MetaEvent metaEvent);

    /**
     * Called before the events that report calls being merged into one, as in a conference; they end
     * with {@link #multiCallMetaMergeEnded(MetaEvent)}.
     *
     * @param metaEvent a {@link MultiCallMetaEvent} with ID
     *     {@link MultiCallMetaEvent#MULTICALL_META_MERGE_STARTED}, naming the calls involved and the
     *     resulting call
     */
    void multiCallMetaMergeStarted(MetaEvent metaEvent);

    /**
     * Called after the last event of a transfer; the call model is consistent again.
     *
     * @param metaEvent a {@link MultiCallMetaEvent} with ID
     *     {@link MultiCallMetaEvent#MULTICALL_META_TRANSFER_ENDED}
     */
    void multiCallMetaTransferEnded(MetaEvent metaEvent);

    /**
     * Called before the events that report a transfer; they end with
     * {@link #multiCallMetaTransferEnded(MetaEvent)}.
     *
     * @param metaEvent a {@link MultiCallMetaEvent} with ID
     *     {@link MultiCallMetaEvent#MULTICALL_META_TRANSFER_STARTED}, naming the calls involved and the
     *     resulting call
     */
    void multiCallMetaTransferStarted(MetaEvent metaEvent);

    /**
     * Called after the last event of one progress step of a call.
     *
     * @param metaEvent a {@link SingleCallMetaEvent} with ID
     *     {@link SingleCallMetaEvent#SINGLECALL_META_PROGRESS_ENDED}
     */
    void singleCallMetaProgressEnded(MetaEvent metaEvent);

    /**
     * Called before the events that report one step in a call's progress (for example the call being
     * answered); they end with {@link #singleCallMetaProgressEnded(MetaEvent)}.
     *
     * @param metaEvent a {@link SingleCallMetaEvent} with ID
     *     {@link SingleCallMetaEvent#SINGLECALL_META_PROGRESS_STARTED}
     */
    void singleCallMetaProgressStarted(MetaEvent metaEvent);

    /**
     * Called after the last event of a snapshot of a call; the listener now knows the call's current
     * state and receives its ordinary events from here on.
     *
     * @param metaEvent a {@link SingleCallMetaEvent} with ID
     *     {@link SingleCallMetaEvent#SINGLECALL_META_SNAPSHOT_ENDED}
     */
    void singleCallMetaSnapshotEnded(MetaEvent metaEvent);

    /**
     * Called before a snapshot of a call: the events up to {@link #singleCallMetaSnapshotEnded(MetaEvent)}
     * describe the call's current state (call, then connections, then terminal connections), each with
     * cause {@link Event#CAUSE_SNAPSHOT}. A snapshot follows the attaching of the listener to a call with
     * history, and any moment the implementation must bring the listener back in step with the call, for
     * example after the provider returned to service.
     *
     * @param metaEvent a {@link SingleCallMetaEvent} with ID
     *     {@link SingleCallMetaEvent#SINGLECALL_META_SNAPSHOT_STARTED}
     */
    void singleCallMetaSnapshotStarted(MetaEvent metaEvent);
}
