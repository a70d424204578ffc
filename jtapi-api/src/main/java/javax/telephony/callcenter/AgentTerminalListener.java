package javax.telephony.callcenter;

import javax.telephony.TerminalListener;

/** TODO-DOC */
public interface AgentTerminalListener extends TerminalListener {
    /** TODO-DOC */
    void agentTerminalBusy(AgentTerminalEvent agentTerminalEvent);

    /** TODO-DOC */
    void agentTerminalLoggedOff(AgentTerminalEvent agentTerminalEvent);

    /** TODO-DOC */
    void agentTerminalLoggedOn(AgentTerminalEvent agentTerminalEvent);

    /** TODO-DOC */
    void agentTerminalNotReady(AgentTerminalEvent agentTerminalEvent);

    /** TODO-DOC */
    void agentTerminalReady(AgentTerminalEvent agentTerminalEvent);

    /** TODO-DOC */
    void agentTerminalUnknown(AgentTerminalEvent agentTerminalEvent);

    /** TODO-DOC */
    void agentTerminalWorkNotReady(AgentTerminalEvent agentTerminalEvent);

    /** TODO-DOC */
    void agentTerminalWorkReady(AgentTerminalEvent agentTerminalEvent);
}
