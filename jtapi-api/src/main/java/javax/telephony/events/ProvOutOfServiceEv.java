package javax.telephony.events;

/**
 * Reports that the {@link javax.telephony.Provider} is now
 * {@link javax.telephony.Provider#OUT_OF_SERVICE}: temporarily unusable, for example because the
 * connection to the telephony system was lost.
 * <p>
 * While out of service, methods that need the telephony system fail (placing a call throws
 * {@link javax.telephony.InvalidStateException}). The application cannot bring the provider back itself;
 * it waits for {@link ProvInServiceEv}, or for {@link ProvShutdownEv} if the provider gives up. The
 * listener model reports the same change as {@link javax.telephony.ProviderEvent#PROVIDER_OUT_OF_SERVICE}
 * through {@link javax.telephony.ProviderListener#providerOutOfService(javax.telephony.ProviderEvent)}.
 */
public interface ProvOutOfServiceEv extends ProvEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ProviderEvent#PROVIDER_OUT_OF_SERVICE}.
     */
    int ID = 113;
}
