/**
 * The mobile package: features of wireless (cellular) devices that the core API does not model.
 * <p>
 * The package gives a first-party view from the device's side of the network. A
 * {@link javax.telephony.mobile.MobileProvider} adds a restricted, emergency-only service state and
 * knows the current, home and available {@link javax.telephony.mobile.MobileNetwork}s;
 * {@link javax.telephony.mobile.NetworkSelection} adds selection modes and the preferred and forbidden
 * network lists. {@link javax.telephony.mobile.MobileRadio} switches the radio and reports the signal
 * level, {@link javax.telephony.mobile.MobileTerminal} tells the device's identity and sends DTMF tones,
 * and {@link javax.telephony.mobile.MobileAddress} gives the subscription's identity and call waiting
 * setting.
 * <p>
 * Designed for small devices, the package has no capability interfaces and no observer events: optional
 * features are told by which interfaces an object implements and by
 * {@link javax.telephony.MethodNotSupportedException}, and changes are reported only to listeners
 * ({@link javax.telephony.mobile.MobileProviderListener}, {@link javax.telephony.mobile.MobileRadioListener}).
 * Methods that return information an implementation does not have return {@code null}.
 */
package javax.telephony.mobile;
