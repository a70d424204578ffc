package javax.telephony;

/**
 * An event about a {@link TerminalConnection}, delivered to the {@link TerminalConnectionListener}s of its
 * call: the terminal connection was created or changed state.
 * <p>
 * The ID names the terminal connection's new state, and {@link #getCall()} is the call it belongs to. The
 * JTAPI 1.2 equivalents are the {@code javax.telephony.events.TermConn*Ev} interfaces, for example
 * {@link javax.telephony.events.TermConnRingingEv}.
 *
 * @see TerminalConnectionListener
 * @see TerminalConnection
 */
public interface TerminalConnectionEvent extends CallEvent {
    /**
     * Event ID: the terminal connection has moved to {@link TerminalConnection#ACTIVE}. Delivered to
     * {@link TerminalConnectionListener#terminalConnectionActive(TerminalConnectionEvent)}.
     */
    int TERMINAL_CONNECTION_ACTIVE = 115;

    /**
     * Event ID: a new terminal connection has been added to a connection of the call, in state
     * {@link TerminalConnection#IDLE}. Delivered to
     * {@link TerminalConnectionListener#terminalConnectionCreated(TerminalConnectionEvent)}.
     */
    int TERMINAL_CONNECTION_CREATED = 116;

    /**
     * Event ID: the terminal connection has moved to {@link TerminalConnection#DROPPED} and its terminal
     * has left the call. Delivered to
     * {@link TerminalConnectionListener#terminalConnectionDropped(TerminalConnectionEvent)}.
     */
    int TERMINAL_CONNECTION_DROPPED = 117;

    /**
     * Event ID: the terminal connection has moved to {@link TerminalConnection#PASSIVE}. Delivered to
     * {@link TerminalConnectionListener#terminalConnectionPassive(TerminalConnectionEvent)}.
     */
    int TERMINAL_CONNECTION_PASSIVE = 118;

    /**
     * Event ID: the terminal connection has moved to {@link TerminalConnection#RINGING}. Delivered to
     * {@link TerminalConnectionListener#terminalConnectionRinging(TerminalConnectionEvent)}.
     */
    int TERMINAL_CONNECTION_RINGING = 119;

    /**
     * Event ID: the terminal connection has moved to {@link TerminalConnection#UNKNOWN}. Delivered to
     * {@link TerminalConnectionListener#terminalConnectionUnknown(TerminalConnectionEvent)}.
     */
    int TERMINAL_CONNECTION_UNKNOWN = 120;

    /**
     * Returns the terminal connection the event is about.
     *
     * @return the terminal connection; never {@code null}
     */
    TerminalConnection getTerminalConnection();
}
