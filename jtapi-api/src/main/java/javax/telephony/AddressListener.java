package javax.telephony;

import java.util.EventListener;

/**
 * Receives the events of an {@link Address}; added with {@link Address#addAddressListener(AddressListener)}.
 * <p>
 * The core package defines only the end of reporting; extension packages add methods in sub-interfaces
 * (for example {@code CallControlAddressListener} for do-not-disturb, forwarding and message-waiting
 * changes), and an address reports an extension's events only to listeners that implement its
 * interface. The calls at an address are followed with a {@link CallListener} added through
 * {@link Address#addCallListener(CallListener)} instead. This interface replaces the JTAPI 1.2
 * {@link AddressObserver}.
 */
public interface AddressListener extends EventListener {
    /**
     * Called with the last event this listener receives from the address, because the listener was
     * removed or the address can no longer be observed. The listener is no longer in
     * {@link Address#getAddressListeners()}.
     *
     * @param addressEvent the event, with ID {@link AddressEvent#ADDRESS_EVENT_TRANSMISSION_ENDED}
     */
    void addressListenerEnded(AddressEvent addressEvent);
}
