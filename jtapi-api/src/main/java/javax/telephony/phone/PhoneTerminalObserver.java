package javax.telephony.phone;

import javax.telephony.TerminalObserver;

/**
 * Marks a {@link TerminalObserver} that wants the events of the phone package (JTAPI 1.2 observer
 * model).
 * <p>
 * The interface adds no methods. An observer that implements it and is added with
 * {@link javax.telephony.Terminal#addObserver(TerminalObserver)} to a {@link PhoneTerminal} receives,
 * besides the core terminal events, a {@link javax.telephony.phone.events.PhoneTermEv} in
 * {@link TerminalObserver#terminalChangedEvent(javax.telephony.events.TermEv[])} for every change to one
 * of the terminal's {@link Component}s. An observer that does not implement it never receives phone
 * events.
 *
 * @deprecated As of JTAPI 1.4, implement {@link PhoneTerminalListener} and add it with
 *     {@link javax.telephony.Terminal#addTerminalListener(javax.telephony.TerminalListener)} instead.
 */
public interface PhoneTerminalObserver extends TerminalObserver {
}
