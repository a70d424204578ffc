package javax.telephony;

/** TODO-DOC */
public interface TerminalConnectionEvent extends CallEvent {
    /** TODO-DOC */
    int TERMINAL_CONNECTION_ACTIVE = 115;

    /** TODO-DOC */
    int TERMINAL_CONNECTION_CREATED = 116;

    /** TODO-DOC */
    int TERMINAL_CONNECTION_DROPPED = 117;

    /** TODO-DOC */
    int TERMINAL_CONNECTION_PASSIVE = 118;

    /** TODO-DOC */
    int TERMINAL_CONNECTION_RINGING = 119;

    /** TODO-DOC */
    int TERMINAL_CONNECTION_UNKNOWN = 120;

    /** TODO-DOC */
    TerminalConnection getTerminalConnection();
}
