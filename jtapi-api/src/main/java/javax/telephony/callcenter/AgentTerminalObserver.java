package javax.telephony.callcenter;

import javax.telephony.TerminalObserver;

/**
 * Marks a {@link TerminalObserver} that wants the agent events of an {@link AgentTerminal} (JTAPI 1.2
 * observer model).
 * <p>
 * The interface declares no methods. When an observer that implements it is added to an agent terminal
 * with {@link javax.telephony.Terminal#addObserver}, its {@link TerminalObserver#terminalChangedEvent}
 * method receives, besides the core terminal events, the
 * {@link javax.telephony.callcenter.events.AgentTermEv} events: agents logging on and off at the terminal
 * and changing their work state. A {@code TerminalObserver} that does not implement this interface gets
 * none of them.
 *
 * @deprecated Since JTAPI 1.4 the listener model replaces observers: implement
 *     {@link AgentTerminalListener} and add it with {@link javax.telephony.Terminal#addTerminalListener}.
 */
public interface AgentTerminalObserver extends TerminalObserver {
}
