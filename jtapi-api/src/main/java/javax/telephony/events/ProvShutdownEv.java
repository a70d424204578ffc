package javax.telephony.events;

/**
 * Reports that the {@link javax.telephony.Provider} is now {@link javax.telephony.Provider#SHUTDOWN}:
 * permanently unusable, because the application called {@link javax.telephony.Provider#shutdown()} or the
 * implementation closed it.
 * <p>
 * The state is final. The provider's calls, addresses and terminals can no longer be controlled, and the
 * observer next receives {@link ProvObservationEndedEv}. An application that wants to go on must obtain a
 * new provider from its {@link javax.telephony.JtapiPeer}. The listener model reports the same change as
 * {@link javax.telephony.ProviderEvent#PROVIDER_SHUTDOWN} through
 * {@link javax.telephony.ProviderListener#providerShutdown(javax.telephony.ProviderEvent)}.
 */
public interface ProvShutdownEv extends ProvEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ProviderEvent#PROVIDER_SHUTDOWN}.
     */
    int ID = 114;
}
