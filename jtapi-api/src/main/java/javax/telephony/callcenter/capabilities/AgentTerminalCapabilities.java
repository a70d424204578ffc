package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.TerminalCapabilities;

/** TODO-DOC */
public interface AgentTerminalCapabilities extends TerminalCapabilities {
    /** TODO-DOC */
    boolean canHandleAgents();
}
