package javax.telephony.callcontrol.events;

import javax.telephony.events.TermEv;

/**
 * The base of the observer-model events that report a change of a
 * {@link javax.telephony.callcontrol.CallControlTerminal} setting; the only one is
 * {@link CallCtlTermDoNotDisturbEv}. Delivered to the {@code terminalChangedEvent} batches of terminal
 * observers that implement {@link javax.telephony.callcontrol.CallControlTerminalObserver}.
 *
 * @deprecated since JTAPI 1.4; use {@link javax.telephony.callcontrol.CallControlTerminalEvent}, delivered to
 *     a {@link javax.telephony.callcontrol.CallControlTerminalListener}.
 */
public interface CallCtlTermEv extends CallCtlEv, TermEv {
}
