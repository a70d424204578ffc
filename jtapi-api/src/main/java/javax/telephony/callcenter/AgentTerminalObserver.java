package javax.telephony.callcenter;

import javax.telephony.TerminalObserver;

/** TODO-DOC @deprecated */
public interface AgentTerminalObserver extends TerminalObserver {
}
