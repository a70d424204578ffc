package javax.telephony;

import javax.telephony.events.AddrEv;

/**
 * The JTAPI 1.2 way to receive the events of an {@link Address}; added with
 * {@link Address#addObserver(AddressObserver)}.
 * <p>
 * The core package defines only {@link javax.telephony.events.AddrObservationEndedEv}, the last event the
 * observer receives; extension packages define further address events, delivered to observers that
 * implement their observer interface (for example {@code CallControlAddressObserver}). The calls at an
 * address are followed with a {@link CallObserver} added through
 * {@link Address#addCallObserver(CallObserver)}.
 *
 * @deprecated Since JTAPI 1.3: implement {@link AddressListener} and add it with
 *     {@link Address#addAddressListener(AddressListener)}.
 */
public interface AddressObserver {
    /**
     * Called with one or more address events, in the order they happened, on a thread of the
     * implementation. Batches for one observer never overlap. The observer should return promptly.
     *
     * @param addrEvs the events, never {@code null} or empty; the array belongs to the observer
     */
    void addressChangedEvent(AddrEv[] addrEvs);
}
