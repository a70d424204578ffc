package javax.telephony;

/**
 * An event about a {@link Provider}, delivered to its {@link ProviderListener}s: a change of the
 * provider's state, or the end of reporting to one listener.
 * <p>
 * The ID tells which: {@link #PROVIDER_IN_SERVICE}, {@link #PROVIDER_OUT_OF_SERVICE} and
 * {@link #PROVIDER_SHUTDOWN} report the new state, {@link #PROVIDER_EVENT_TRANSMISSION_ENDED} is the last
 * event a listener receives. The JTAPI 1.2 equivalents are {@link javax.telephony.events.ProvInServiceEv},
 * {@link javax.telephony.events.ProvOutOfServiceEv}, {@link javax.telephony.events.ProvShutdownEv} and
 * {@link javax.telephony.events.ProvObservationEndedEv}.
 *
 * @see ProviderListener
 */
public interface ProviderEvent extends Event {
    /**
     * Event ID: the listener will receive no more events from this provider, because it was removed or the
     * provider can no longer be observed (for example after shutdown). Delivered to
     * {@link ProviderListener#providerEventTransmissionEnded(ProviderEvent)}.
     */
    int PROVIDER_EVENT_TRANSMISSION_ENDED = 112;

    /**
     * Event ID: the provider has moved to {@link Provider#IN_SERVICE} and can be used. Delivered to
     * {@link ProviderListener#providerInService(ProviderEvent)}.
     */
    int PROVIDER_IN_SERVICE = 111;

    /**
     * Event ID: the provider has moved to {@link Provider#OUT_OF_SERVICE} and is temporarily unusable.
     * Delivered to {@link ProviderListener#providerOutOfService(ProviderEvent)}.
     */
    int PROVIDER_OUT_OF_SERVICE = 113;

    /**
     * Event ID: the provider has moved to {@link Provider#SHUTDOWN} and is permanently unusable. Delivered
     * to {@link ProviderListener#providerShutdown(ProviderEvent)}.
     */
    int PROVIDER_SHUTDOWN = 114;

    /**
     * Returns the provider the event is about.
     *
     * @return the provider; never {@code null}
     */
    Provider getProvider();
}
