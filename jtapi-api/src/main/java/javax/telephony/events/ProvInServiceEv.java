package javax.telephony.events;

/**
 * Reports that the {@link javax.telephony.Provider} is now {@link javax.telephony.Provider#IN_SERVICE}:
 * the telephony system can be reached and the provider's methods can be used.
 * <p>
 * It follows a period {@link javax.telephony.Provider#OUT_OF_SERVICE}, for example while the provider
 * finished starting or after the connection to the telephony system was restored. Objects an application
 * obtained before may have changed meanwhile; observers attached to calls learn their current state from
 * the events that follow. The listener model reports the same change as
 * {@link javax.telephony.ProviderEvent#PROVIDER_IN_SERVICE} through
 * {@link javax.telephony.ProviderListener#providerInService(javax.telephony.ProviderEvent)}.
 */
public interface ProvInServiceEv extends ProvEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.ProviderEvent#PROVIDER_IN_SERVICE}.
     */
    int ID = 111;
}
