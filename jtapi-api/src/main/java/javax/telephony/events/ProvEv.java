package javax.telephony.events;

import javax.telephony.Provider;

/**
 * The base of observer-model events about a {@link Provider}: its state changes and the end of its
 * observation.
 * <p>
 * These events go to the {@link javax.telephony.ProviderObserver}s attached with
 * {@link Provider#addObserver(javax.telephony.ProviderObserver)}. A provider is in one of three states,
 * each reported by its own event:
 * <ul>
 *   <li>{@link Provider#IN_SERVICE}: usable ({@link ProvInServiceEv});</li>
 *   <li>{@link Provider#OUT_OF_SERVICE}: temporarily unusable, and may return to service at any time
 *       without action by the application ({@link ProvOutOfServiceEv});</li>
 *   <li>{@link Provider#SHUTDOWN}: permanently unusable ({@link ProvShutdownEv}).</li>
 * </ul>
 * A provider moves freely between {@code IN_SERVICE} and {@code OUT_OF_SERVICE}; from either it can move
 * to {@code SHUTDOWN}, which is final. {@link ProvObservationEndedEv} is the last event an observer gets.
 * The listener model reports the same changes as {@link javax.telephony.ProviderEvent}s to
 * {@link javax.telephony.ProviderListener}s.
 */
public interface ProvEv extends Ev {
    /**
     * Returns the provider this event is about.
     *
     * @return the provider; never {@code null}
     */
    Provider getProvider();
}
