package javax.telephony.events;

import javax.telephony.TerminalConnection;

/** TODO-DOC */
public interface TermConnEv extends CallEv {
    /** TODO-DOC */
    TerminalConnection getTerminalConnection();
}
