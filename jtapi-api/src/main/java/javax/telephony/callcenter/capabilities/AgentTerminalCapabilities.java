package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.TerminalCapabilities;

/**
 * Tells whether agents can be handled at an {@link javax.telephony.callcenter.AgentTerminal}.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getTerminalCapabilities()}, the answer
 * holds for agent terminals in general; as dynamic capabilities, from
 * {@link javax.telephony.Terminal#getCapabilities()} of one terminal, it says whether agents can be
 * handled there now.
 */
public interface AgentTerminalCapabilities extends TerminalCapabilities {
    /**
     * Tells whether agents can be logged on, logged off and listed at the terminal.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.AgentTerminal#addAgent},
     *     {@link javax.telephony.callcenter.AgentTerminal#removeAgent} and
     *     {@link javax.telephony.callcenter.AgentTerminal#getAgents()} are supported
     */
    boolean canHandleAgents();
}
