package javax.telephony;

/** TODO-DOC */
public interface TerminalEvent extends Event {
    /** TODO-DOC */
    int TERMINAL_EVENT_TRANSMISSION_ENDED = 121;

    /** TODO-DOC */
    Terminal getTerminal();
}
