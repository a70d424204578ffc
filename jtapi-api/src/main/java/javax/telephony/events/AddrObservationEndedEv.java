package javax.telephony.events;

/**
 * Reports that an {@link javax.telephony.AddressObserver} will receive no more events from its
 * {@link javax.telephony.Address}.
 * <p>
 * It is the last event the observer gets, sent when the observer was removed with
 * {@link javax.telephony.Address#removeObserver(javax.telephony.AddressObserver)} or when the
 * implementation can no longer observe the address, for example because the provider shut down. The
 * implementation has dropped the observer by then. The listener model reports the same end as
 * {@link javax.telephony.AddressEvent#ADDRESS_EVENT_TRANSMISSION_ENDED} through
 * {@link javax.telephony.AddressListener#addressListenerEnded(javax.telephony.AddressEvent)}.
 */
public interface AddrObservationEndedEv extends AddrEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.AddressEvent#ADDRESS_EVENT_TRANSMISSION_ENDED}.
     */
    int ID = 100;
}
