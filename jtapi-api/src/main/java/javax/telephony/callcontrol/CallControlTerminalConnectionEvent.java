package javax.telephony.callcontrol;

import javax.telephony.TerminalConnectionEvent;

/** TODO-DOC */
public interface CallControlTerminalConnectionEvent extends TerminalConnectionEvent, CallControlCallEvent {
    /** TODO-DOC */
    int CALLCTL_TERMINAL_CONNECTION_BRIDGED = 364;

    /** TODO-DOC */
    int CALLCTL_TERMINAL_CONNECTION_DROPPED = 365;

    /** TODO-DOC */
    int CALLCTL_TERMINAL_CONNECTION_HELD = 366;

    /** TODO-DOC */
    int CALLCTL_TERMINAL_CONNECTION_IN_USE = 367;

    /** TODO-DOC */
    int CALLCTL_TERMINAL_CONNECTION_RINGING = 368;

    /** TODO-DOC */
    int CALLCTL_TERMINAL_CONNECTION_TALKING = 369;

    /** TODO-DOC */
    int CALLCTL_TERMINAL_CONNECTION_UNKNOWN = 370;
}
