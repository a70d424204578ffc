package javax.telephony;

import javax.telephony.events.TermEv;

/** TODO-DOC @deprecated */
public interface TerminalObserver {
    /** TODO-DOC */
    void terminalChangedEvent(TermEv[] termEvs);
}
