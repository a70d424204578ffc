/**
 * The events of the phone package in the JTAPI 1.2 observer model, all deprecated since JTAPI 1.4.
 * <p>
 * Each interface reports one kind of change to a {@link javax.telephony.phone.Component} of a
 * {@link javax.telephony.phone.PhoneTerminal} and has its own {@code ID}; all extend
 * {@link javax.telephony.phone.events.PhoneTermEv}. They are delivered in batches to terminal observers
 * that implement {@link javax.telephony.phone.PhoneTerminalObserver}. New applications use
 * {@link javax.telephony.phone.PhoneTerminalListener} and {@link javax.telephony.phone.PhoneTerminalEvent}
 * instead, whose event IDs have the same values as the {@code ID}s here.
 */
package javax.telephony.phone.events;
