package javax.telephony.callcenter;

import javax.telephony.CallObserver;

/**
 * Marks a {@link CallObserver} that wants the call-center events of the calls it observes (JTAPI 1.2
 * observer model).
 * <p>
 * The interface declares no methods. An observer that implements it, added with
 * {@link javax.telephony.Call#addObserver}, {@link javax.telephony.Address#addCallObserver},
 * {@link javax.telephony.Terminal#addCallObserver} or {@link CallCenterAddress#addCallObserver}, receives
 * through {@link CallObserver#callChangedEvent} the events of
 * {@link javax.telephony.callcenter.events} for the call:
 * {@link javax.telephony.callcenter.events.CallCentCallEv} and its sub-interfaces for application data,
 * trunks and connections in progress. A {@code CallObserver} that does not implement this interface gets
 * none of them.
 *
 * @deprecated Since JTAPI 1.4 the listener model replaces observers: implement
 *     {@link CallCenterCallListener} and add it with {@link javax.telephony.Call#addCallListener} or the
 *     {@code addCallListener} methods of {@link javax.telephony.Address} and
 *     {@link javax.telephony.Terminal}.
 */
public interface CallCenterCallObserver extends CallObserver {
}
