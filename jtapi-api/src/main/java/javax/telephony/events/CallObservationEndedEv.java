package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.CallObserver} will receive no more events about a
 * {@link javax.telephony.Call}.
 * <p>
 * It is the last event the observer gets for that call. Observation ends when:
 * <ul>
 *   <li>the call became {@link javax.telephony.Call#INVALID};</li>
 *   <li>the application removed the observer from the call, or from the Address or Terminal through
 *       which it was attached;</li>
 *   <li>the call left the Address or Terminal through which the observer was attached;</li>
 *   <li>the implementation can no longer follow the call, for example because its provider went out of
 *       service or shut down.</li>
 * </ul>
 * An observer attached through an Address or Terminal is attached again, with a new snapshot, if the call
 * comes back to that Address or Terminal. The listener model reports the same end as
 * {@link javax.telephony.CallEvent#CALL_EVENT_TRANSMISSION_ENDED} through
 * {@link javax.telephony.CallListener#callEventTransmissionEnded(javax.telephony.CallEvent)}.
 */
public interface CallObservationEndedEv extends CallEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.CallEvent#CALL_EVENT_TRANSMISSION_ENDED}.
     */
    int ID = 103;

    /**
     * Returns the object through which the observer was watching the call: the call itself when the
     * observer was added with {@link javax.telephony.Call#addObserver(javax.telephony.CallObserver)}, or
     * the {@link javax.telephony.Address} or {@link javax.telephony.Terminal} it was added to with
     * {@code addCallObserver}.
     *
     * @return the {@link javax.telephony.Call}, {@link javax.telephony.Address} or
     *     {@link javax.telephony.Terminal} whose observation of the call ended
     */
    Object getEndedObject();
}
