package javax.telephony;

import java.util.EventListener;

/** TODO-DOC */
public interface TerminalListener extends EventListener {
    /** TODO-DOC */
    void terminalListenerEnded(TerminalEvent terminalEvent);
}
