package javax.telephony.events;

import javax.telephony.Terminal;

/** TODO-DOC */
public interface TermEv extends Ev {
    /** TODO-DOC */
    Terminal getTerminal();
}
