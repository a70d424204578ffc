package javax.telephony.events;

import javax.telephony.Address;

/**
 * The base of observer-model events about an {@link Address} itself, as opposed to the calls at it.
 * <p>
 * These events go to the {@link javax.telephony.AddressObserver}s attached with
 * {@link Address#addObserver(javax.telephony.AddressObserver)}. The core package defines only the end of
 * observation ({@link AddrObservationEndedEv}); the extension packages add events for features of an
 * address such as forwarding, do-not-disturb, message waiting or ACD agents. Changes to calls at an
 * address are reported as {@link CallEv}s to call observers, not as address events. The listener model
 * reports address changes as {@link javax.telephony.AddressEvent}s.
 */
public interface AddrEv extends Ev {
    /**
     * Returns the address this event is about.
     *
     * @return the address; never {@code null}
     */
    Address getAddress();
}
