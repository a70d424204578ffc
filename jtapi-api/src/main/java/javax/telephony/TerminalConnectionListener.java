package javax.telephony;

/** TODO-DOC */
public interface TerminalConnectionListener extends ConnectionListener {
    /** TODO-DOC */
    void terminalConnectionActive(TerminalConnectionEvent terminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionCreated(TerminalConnectionEvent terminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionDropped(TerminalConnectionEvent terminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionPassive(TerminalConnectionEvent terminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionRinging(TerminalConnectionEvent terminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionUnknown(TerminalConnectionEvent terminalConnectionEvent);
}
