package javax.telephony.callcenter;

import javax.telephony.TerminalEvent;

/** TODO-DOC */
public interface AgentTerminalEvent extends TerminalEvent, CallCenterEvent {
    /** TODO-DOC */
    int AGENT_TERMINAL_BUSY = 308;

    /** TODO-DOC */
    int AGENT_TERMINAL_LOGGED_OFF = 309;

    /** TODO-DOC */
    int AGENT_TERMINAL_LOGGED_ON = 310;

    /** TODO-DOC */
    int AGENT_TERMINAL_NOT_READY = 311;

    /** TODO-DOC */
    int AGENT_TERMINAL_READY = 312;

    /** TODO-DOC */
    int AGENT_TERMINAL_UNKNOWN = 313;

    /** TODO-DOC */
    int AGENT_TERMINAL_WORK_NOT_READY = 314;

    /** TODO-DOC */
    int AGENT_TERMINAL_WORK_READY = 315;

    /** TODO-DOC */
    Agent getAgent();
}
