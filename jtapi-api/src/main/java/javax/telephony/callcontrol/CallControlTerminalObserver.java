package javax.telephony.callcontrol;

import javax.telephony.TerminalObserver;

/**
 * JTAPI 1.2 observer of {@link CallControlTerminal} settings. It declares no method of its own: a
 * {@link TerminalObserver} added with {@link javax.telephony.Terminal#addObserver} that also implements
 * this interface receives, in its {@code terminalChangedEvent} batches, the
 * {@link javax.telephony.callcontrol.events.CallCtlTermEv} events (do-not-disturb) besides the core
 * terminal events. Observers that do not implement it get the core events only.
 *
 * @deprecated since JTAPI 1.4; implement {@link CallControlTerminalListener} and register it with
 *     {@link javax.telephony.Terminal#addTerminalListener}.
 */
public interface CallControlTerminalObserver extends TerminalObserver {
}
