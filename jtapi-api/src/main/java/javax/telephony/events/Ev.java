package javax.telephony.events;

/**
 * The root of every observer-model event: one change to one JTAPI object, as reported to an observer.
 * <p>
 * An event says what changed ({@link #getID()}, whose value is the {@code ID} constant of the concrete
 * event interface), why it changed ({@link #getCause()}) and which higher-level operation it is part of
 * ({@link #getMetaCode()} and {@link #isNewMetaEvent()}). The subinterfaces add the object the event is
 * about: {@link ProvEv}, {@link CallEv} (with {@link ConnEv} and {@link TermConnEv}), {@link AddrEv} and
 * {@link TermEv}.
 * <p>
 * Implementations deliver events to an observer in arrays, through
 * {@link javax.telephony.ProviderObserver#providerChangedEvent(ProvEv[])},
 * {@link javax.telephony.CallObserver#callChangedEvent(CallEv[])},
 * {@link javax.telephony.AddressObserver#addressChangedEvent(AddrEv[])} or
 * {@link javax.telephony.TerminalObserver#terminalChangedEvent(TermEv[])}. They honour these rules:
 * <ul>
 *   <li>the events of one array, and the arrays given to one observer, are in the order the changes
 *       happened;</li>
 *   <li>events are delivered on a thread of the implementation, never from inside the application's own
 *       method call that caused the change, so an observer may call JTAPI methods without deadlocking;</li>
 *   <li>an event describes a change that has already happened: by the time the observer runs, the object
 *       may have changed again, so its {@code getState()} can be ahead of the event.</li>
 * </ul>
 * Observers should return quickly, because an observer that blocks delays every later event for it.
 * <p>
 * The cause constants have the same values and meanings as the {@code CAUSE_*} constants of
 * {@link javax.telephony.Event} in the listener model; extension packages add further causes. The meta
 * codes exist only in the observer model; the listener model reports the same grouping with
 * {@link javax.telephony.MetaEvent}s.
 */
public interface Ev {
    /**
     * Cause: the call was cancelled before it completed, typically because the calling party hung up or
     * the application abandoned it before the destination answered.
     */
    int CAUSE_CALL_CANCELLED = 102;

    /**
     * Cause: the destination could not be reached, for example because the number does not exist or the
     * party is not reachable.
     */
    int CAUSE_DEST_NOT_OBTAINABLE = 103;

    /**
     * Cause: the destination cannot take part in this kind of call, for example a data device called for
     * a voice call.
     */
    int CAUSE_INCOMPATIBLE_DESTINATION = 104;

    /**
     * Cause: the party was locked out by the switch, typically because it went off-hook and did not dial
     * within the allowed time.
     */
    int CAUSE_LOCKOUT = 105;

    /** Cause: the network was too congested to carry the call. */
    int CAUSE_NETWORK_CONGESTION = 108;

    /** Cause: the network needed to reach the destination is not available. */
    int CAUSE_NETWORK_NOT_OBTAINABLE = 109;

    /**
     * Cause: the change is part of creating a new call, for example the parties of an existing call being
     * moved into a call created by a transfer or conference.
     */
    int CAUSE_NEW_CALL = 106;

    /** Cause: the change is the normal result of ordinary operation; nothing unusual happened. */
    int CAUSE_NORMAL = 100;

    /**
     * Cause: a resource the call needs, such as a trunk, a port or a media resource, was not available.
     */
    int CAUSE_RESOURCES_NOT_AVAILABLE = 107;

    /**
     * Cause: the event does not report a change that has just happened but describes existing state, as
     * part of a snapshot that brings an observer up to date (see {@link #META_SNAPSHOT}).
     */
    int CAUSE_SNAPSHOT = 110;

    /** Cause: the implementation does not know why the change happened. */
    int CAUSE_UNKNOWN = 101;

    /**
     * Meta code: a party is being added to an existing call, for example when a further Address is
     * called into a conference.
     */
    int META_CALL_ADDITIONAL_PARTY = 130;

    /**
     * Meta code: the call is ending; its parties are leaving and the call is becoming
     * {@link javax.telephony.Call#INVALID}.
     */
    int META_CALL_ENDING = 132;

    /**
     * Meta code: two calls are being merged into one, as in a conference; parties move from one call to
     * the other and the emptied call ends.
     */
    int META_CALL_MERGING = 133;

    /**
     * Meta code: an existing call is progressing without parties joining or leaving, for example the
     * destination starting to ring or answering.
     */
    int META_CALL_PROGRESS = 129;

    /** Meta code: a party is leaving a call that goes on without it. */
    int META_CALL_REMOVING_PARTY = 131;

    /**
     * Meta code: a call is starting, whether placed by the application or arriving; the group holds the
     * call becoming active and its first connections.
     */
    int META_CALL_STARTING = 128;

    /**
     * Meta code: a call is being transferred; parties move from one call to another and the transferring
     * party leaves.
     */
    int META_CALL_TRANSFERRING = 134;

    /**
     * Meta code: the events describe the current state of objects rather than changes, to bring a newly
     * added observer (or one that lost track) up to date. Such events usually carry
     * {@link #CAUSE_SNAPSHOT}. The snapshot is the shortest sequence of events that reaches the present
     * state, not the history of how it was reached.
     */
    int META_SNAPSHOT = 135;

    /**
     * Meta code: the event does not belong to any higher-level operation the implementation can
     * identify.
     */
    int META_UNKNOWN = 136;

    /**
     * Returns why the change happened.
     *
     * @return one of the {@code CAUSE_*} constants of this interface, or a cause constant defined by an
     *     extension package's event interface
     */
    int getCause();

    /**
     * Returns which kind of event this is.
     *
     * @return the {@code ID} constant of the concrete event interface, for example
     *     {@link CallActiveEv#ID}
     */
    int getID();

    /**
     * Returns the higher-level operation this event is part of.
     *
     * @return one of the {@code META_*} constants of this interface
     */
    int getMetaCode();

    /**
     * Returns the object whose observer receives this event: the {@link javax.telephony.Provider},
     * {@link javax.telephony.Call}, {@link javax.telephony.Address} or {@link javax.telephony.Terminal}.
     *
     * @return the observed object
     * @deprecated an observer may watch a call through several objects, so "the observed object" is
     *     ambiguous; use the accessor of the event's subinterface, which names the object the event is
     *     about: {@link ProvEv#getProvider()}, {@link CallEv#getCall()}, {@link AddrEv#getAddress()} or
     *     {@link TermEv#getTerminal()}.
     */
    Object getObserved();

    /**
     * Tells whether this event starts a new group of related events.
     * <p>
     * Consecutive events with the same {@link #getMetaCode()} form one group. The first event of a group
     * returns {@code true}; the others return {@code false}. A group may continue in the next array
     * delivered to the same observer, so applications should not assume that a group ends with its
     * array.
     *
     * @return {@code true} if this event is the first of a new group, {@code false} if it continues the
     *     group of the event before it
     */
    boolean isNewMetaEvent();
}
