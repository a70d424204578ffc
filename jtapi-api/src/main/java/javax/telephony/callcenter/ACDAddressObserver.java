package javax.telephony.callcenter;

import javax.telephony.AddressObserver;

/**
 * Marks an {@link AddressObserver} that wants the agent events of an {@link ACDAddress} (JTAPI 1.2
 * observer model).
 * <p>
 * The interface declares no methods. When an observer that implements it is added to an ACD group with
 * {@link javax.telephony.Address#addObserver}, its {@link AddressObserver#addressChangedEvent} method
 * receives, besides the core address events, the {@link javax.telephony.callcenter.events.ACDAddrEv}
 * events: agents logging on and off the group and changing their work state there. An
 * {@code AddressObserver} that does not implement this interface gets none of them.
 *
 * @deprecated Since JTAPI 1.4 the listener model replaces observers: implement
 *     {@link ACDAddressListener} and add it with {@link javax.telephony.Address#addAddressListener}.
 */
public interface ACDAddressObserver extends AddressObserver {
}
