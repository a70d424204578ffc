package javax.telephony;

/**
 * An event about an {@link Address}, delivered to its {@link AddressListener}s.
 * <p>
 * The core package defines only {@link #ADDRESS_EVENT_TRANSMISSION_ENDED}; extension packages (call
 * control, call center) define further address events that extend this interface. The JTAPI 1.2
 * equivalent is {@link javax.telephony.events.AddrEv}.
 *
 * @see AddressListener
 */
public interface AddressEvent extends Event {
    /**
     * Event ID: the listener will receive no more events from this address, because it was removed or the
     * address can no longer be observed. Delivered to
     * {@link AddressListener#addressListenerEnded(AddressEvent)}.
     */
    int ADDRESS_EVENT_TRANSMISSION_ENDED = 100;

    /**
     * Returns the address the event is about.
     *
     * @return the address; never {@code null}
     */
    Address getAddress();
}
