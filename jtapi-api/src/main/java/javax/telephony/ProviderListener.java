package javax.telephony;

import java.util.EventListener;

/**
 * Receives the state changes of a {@link Provider}; added with
 * {@link Provider#addProviderListener(ProviderListener)}.
 * <p>
 * Each method receives one {@link ProviderEvent}, whose ID matches the method. Events arrive one at a
 * time and in order, on a thread of the implementation; methods should return promptly. Adding the
 * listener produces no event for the current state: the application reads {@link Provider#getState()}
 * after adding it. {@link #providerEventTransmissionEnded(ProviderEvent)} is always the last call. This
 * interface replaces the JTAPI 1.2 {@link ProviderObserver}.
 */
public interface ProviderListener extends EventListener {
    /**
     * Called with the last event this listener receives from the provider, because the listener was
     * removed or the provider can no longer be observed. The listener is no longer in
     * {@link Provider#getProviderListeners()}.
     *
     * @param providerEvent the event, with ID {@link ProviderEvent#PROVIDER_EVENT_TRANSMISSION_ENDED}
     */
    void providerEventTransmissionEnded(ProviderEvent providerEvent);

    /**
     * Called when the provider has moved to {@link Provider#IN_SERVICE}. The application can now use it.
     * After a period out of service, the implementation may follow this event with snapshots of the
     * calls that survived, to bring call listeners back in step.
     *
     * @param providerEvent the event, with ID {@link ProviderEvent#PROVIDER_IN_SERVICE}
     */
    void providerInService(ProviderEvent providerEvent);

    /**
     * Called when the provider has moved to {@link Provider#OUT_OF_SERVICE}. Call control requests are
     * refused until {@link #providerInService(ProviderEvent)}; the listener stays registered.
     *
     * @param providerEvent the event, with ID {@link ProviderEvent#PROVIDER_OUT_OF_SERVICE}
     */
    void providerOutOfService(ProviderEvent providerEvent);

    /**
     * Called when the provider has moved to {@link Provider#SHUTDOWN}. It will not come back;
     * {@link #providerEventTransmissionEnded(ProviderEvent)} follows.
     *
     * @param providerEvent the event, with ID {@link ProviderEvent#PROVIDER_SHUTDOWN}
     */
    void providerShutdown(ProviderEvent providerEvent);
}
