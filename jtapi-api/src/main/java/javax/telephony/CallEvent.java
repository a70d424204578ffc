package javax.telephony;

/**
 * An event about a {@link Call}, delivered to the call's {@link CallListener}s: a change of the call's
 * state, or the end of reporting to one listener.
 * <p>
 * The IDs defined here are {@link #CALL_ACTIVE}, {@link #CALL_INVALID} and
 * {@link #CALL_EVENT_TRANSMISSION_ENDED}. Because connections and terminal connections are reported to
 * call listeners, {@link ConnectionEvent} and {@link TerminalConnectionEvent} extend this interface and
 * their {@link #getCall()} is the call the connection belongs to. The JTAPI 1.2 equivalents are
 * {@link javax.telephony.events.CallActiveEv}, {@link javax.telephony.events.CallInvalidEv} and
 * {@link javax.telephony.events.CallObservationEndedEv}.
 *
 * @see CallListener
 */
public interface CallEvent extends Event {
    /**
     * Event ID: the call has moved to {@link Call#ACTIVE}, normally because its first connection was
     * created. Delivered to {@link CallListener#callActive(CallEvent)}.
     */
    int CALL_ACTIVE = 101;

    /**
     * Event ID: the listener will receive no more events about this call, because it was removed, the
     * call left the address or terminal through which the listener was attached, the implementation can no
     * longer follow the call, or the call became {@link Call#INVALID}. Delivered to
     * {@link CallListener#callEventTransmissionEnded(CallEvent)}.
     */
    int CALL_EVENT_TRANSMISSION_ENDED = 103;

    /**
     * Event ID: the call has moved to {@link Call#INVALID}: all its connections are disconnected and it
     * has ended. Delivered to {@link CallListener#callInvalid(CallEvent)}.
     */
    int CALL_INVALID = 102;

    /**
     * Returns the call the event is about.
     *
     * @return the call; never {@code null}
     */
    Call getCall();
}
