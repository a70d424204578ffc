package javax.telephony.callcontrol;

import javax.telephony.AddressObserver;

/**
 * JTAPI 1.2 observer of {@link CallControlAddress} settings. It declares no method of its own: an
 * {@link AddressObserver} added with {@link javax.telephony.Address#addObserver} that also implements this
 * interface receives, in its {@code addressChangedEvent} batches, the
 * {@link javax.telephony.callcontrol.events.CallCtlAddrEv} events (do-not-disturb, forwarding and message
 * waiting) besides the core address events. Observers that do not implement it get the core events only.
 *
 * @deprecated since JTAPI 1.4; implement {@link CallControlAddressListener} and register it with
 *     {@link javax.telephony.Address#addAddressListener}.
 */
public interface CallControlAddressObserver extends AddressObserver {
}
