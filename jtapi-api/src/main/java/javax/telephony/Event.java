package javax.telephony;

/**
 * The base of every event of the JTAPI 1.3/1.4 listener model: one change of one call-model object,
 * delivered to one method of a listener.
 * <p>
 * Each kind of object that can be listened to has its event interface: {@link ProviderEvent},
 * {@link CallEvent} (with {@link ConnectionEvent} and {@link TerminalConnectionEvent}, because connection
 * and terminal connection changes are reported to call listeners), {@link AddressEvent} and
 * {@link TerminalEvent}; {@link MetaEvent} groups them. Extension packages extend these interfaces.
 * Implementations deliver event objects that extend {@link java.util.EventObject}.
 * <p>
 * An event says what happened in two ways: the listener method it is delivered to, and its ID
 * ({@link #getID()}), one of the constants of the event interfaces, so that one handler can
 * {@code switch} over several kinds. {@link #getCause()} says why it happened, with one of the
 * {@code CAUSE_*} constants of this interface or of an extension package.
 *
 * <h2>Delivery</h2>
 * Events reach each listener one at a time, in the order the changes happened, on a thread of the
 * implementation, after the change has been made: by the time a listener runs, the object may already
 * have changed again, so {@code getState()} can be newer than the event. Listener methods should return
 * promptly and must not wait for further events. Changes that belong together (a transfer, a conference,
 * a snapshot) are bracketed by a pair of {@link MetaEvent}s delivered before and after them; each event of
 * the group returns the opening meta event from {@link #getMetaEvent()}. The application should act on
 * the group only after its closing meta event, when the call model is consistent again.
 * <p>
 * The JTAPI 1.2 observer model ({@code javax.telephony.events.Ev} and the {@code *Observer} interfaces)
 * delivered the same changes as arrays of event objects with meta codes; it is deprecated but still
 * supported, and the {@code CAUSE_*} values are the same in both models.
 *
 * @see MetaEvent
 * @see javax.telephony.events.Ev
 */
public interface Event {
    /**
     * Cause: the user abandoned the call attempt before it completed, other than by simply hanging up
     * (for example with a cancel key).
     */
    int CAUSE_CALL_CANCELLED = 102;

    /** Cause: the destination could not be reached. */
    int CAUSE_DEST_NOT_OBTAINABLE = 103;

    /** Cause: the destination cannot accept this kind of call, for example a data call to a voice line. */
    int CAUSE_INCOMPATIBLE_DESTINATION = 104;

    /** Cause: dialling was abandoned because too much time passed between two digits. */
    int CAUSE_LOCKOUT = 105;

    /** Cause: the network between the parties was congested and could not carry the call. */
    int CAUSE_NETWORK_CONGESTION = 108;

    /** Cause: the network of the destination could not be reached. */
    int CAUSE_NETWORK_NOT_OBTAINABLE = 109;

    /** Cause: the change is part of the setting up of a new call. */
    int CAUSE_NEW_CALL = 106;

    /** Cause: the change happened in the normal course of operation; there is nothing more to tell. */
    int CAUSE_NORMAL = 100;

    /** Cause: the switch lacked a resource the call needed, for example a free trunk or channel. */
    int CAUSE_RESOURCES_NOT_AVAILABLE = 107;

    /**
     * Cause: the event does not report a change that just happened but is part of a snapshot, which
     * describes an object's current state to a listener that has just been attached (see
     * {@link Call#addCallListener(CallListener)}) or that must be brought back in step.
     */
    int CAUSE_SNAPSHOT = 110;

    /** Cause: the implementation does not know why the change happened. */
    int CAUSE_UNKNOWN = 101;

    /**
     * Returns why this event happened.
     *
     * @return one of the {@code CAUSE_*} constants of this interface, or a cause defined by an extension
     *     package (for example {@code CallControlEvent})
     */
    int getCause();

    /**
     * Returns the identifier of this kind of event, so that one handler can tell events apart without
     * {@code instanceof}. The values are the ID constants of the event interfaces, for example
     * {@link CallEvent#CALL_ACTIVE} or {@link ConnectionEvent#CONNECTION_ALERTING}; the same interface may
     * carry several IDs. ID values and cause values are separate number spaces even where they coincide.
     *
     * @return the event ID
     */
    int getID();

    /**
     * Returns the meta event that opened the group this event belongs to, for example the
     * {@link SingleCallMetaEvent#SINGLECALL_META_SNAPSHOT_STARTED} event of a snapshot.
     *
     * @return the opening meta event, or {@code null} if the event belongs to no group
     */
    MetaEvent getMetaEvent();

    /**
     * Returns the object the event is about, as {@link java.util.EventObject#getSource()} does. The typed
     * getters of the sub-interfaces ({@link ProviderEvent#getProvider()}, {@link CallEvent#getCall()} and
     * so on) give the call-model objects without a cast.
     *
     * @return the source of the event; never {@code null}
     */
    Object getSource();
}
