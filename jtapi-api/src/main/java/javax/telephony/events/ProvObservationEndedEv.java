package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.ProviderObserver} will receive no more events from its
 * {@link javax.telephony.Provider}.
 * <p>
 * It is the last event the observer gets, sent when the observer was removed with
 * {@link javax.telephony.Provider#removeObserver(javax.telephony.ProviderObserver)} or when the provider
 * can no longer be observed, as after shutdown. The implementation has dropped the observer by then. The
 * listener model reports the same end as
 * {@link javax.telephony.ProviderEvent#PROVIDER_EVENT_TRANSMISSION_ENDED} through
 * {@link javax.telephony.ProviderListener#providerEventTransmissionEnded(javax.telephony.ProviderEvent)}.
 */
public interface ProvObservationEndedEv extends ProvEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ProviderEvent#PROVIDER_EVENT_TRANSMISSION_ENDED}.
     */
    int ID = 112;
}
