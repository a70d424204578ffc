package javax.telephony.callcontrol.events;

import javax.telephony.events.AddrEv;

/**
 * The base of the observer-model events that report a change of a
 * {@link javax.telephony.callcontrol.CallControlAddress} setting: {@link CallCtlAddrDoNotDisturbEv},
 * {@link CallCtlAddrForwardEv} and {@link CallCtlAddrMessageWaitingEv}. Delivered to the
 * {@code addressChangedEvent} batches of address observers that implement
 * {@link javax.telephony.callcontrol.CallControlAddressObserver}.
 *
 * @deprecated since JTAPI 1.4; use {@link javax.telephony.callcontrol.CallControlAddressEvent}, delivered to
 *     a {@link javax.telephony.callcontrol.CallControlAddressListener}.
 */
public interface CallCtlAddrEv extends CallCtlEv, AddrEv {
}
