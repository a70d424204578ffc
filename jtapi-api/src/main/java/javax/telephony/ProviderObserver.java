package javax.telephony;

import javax.telephony.events.ProvEv;

/**
 * The JTAPI 1.2 way to receive the state changes of a {@link Provider}; added with
 * {@link Provider#addObserver(ProviderObserver)}.
 * <p>
 * Changes arrive in batches through {@link #providerChangedEvent(ProvEv[])}:
 * {@link javax.telephony.events.ProvInServiceEv}, {@link javax.telephony.events.ProvOutOfServiceEv} and
 * {@link javax.telephony.events.ProvShutdownEv} report the new state, and
 * {@link javax.telephony.events.ProvObservationEndedEv} is the last event the observer receives. Adding
 * the observer produces no event for the current state.
 *
 * @deprecated Since JTAPI 1.3: implement {@link ProviderListener} and add it with
 *     {@link Provider#addProviderListener(ProviderListener)}.
 */
public interface ProviderObserver {
    /**
     * Called with one or more provider events, in the order they happened, on a thread of the
     * implementation. Batches for one observer never overlap. By the time the observer runs, the provider
     * may already have changed again, so {@link Provider#getState()} can be newer than the last event.
     *
     * @param provEvs the events, never {@code null} or empty; the array belongs to the observer
     */
    void providerChangedEvent(ProvEv[] provEvs);
}
