package javax.telephony;

/**
 * A {@link ConnectionListener} that also receives the state changes of the call's
 * {@link TerminalConnection}s: the most detailed core listener of a call.
 * <p>
 * Added like any call listener, to a call or to the calls at an address or terminal; because it
 * implements this interface, the implementation also calls the methods below, each with a
 * {@link TerminalConnectionEvent} whose ID matches the method. The state model behind these methods is
 * described in {@link TerminalConnection}.
 */
public interface TerminalConnectionListener extends ConnectionListener {
    /**
     * Called when a terminal connection has moved to {@link TerminalConnection#ACTIVE}: its terminal takes
     * part in the call.
     *
     * @param terminalConnectionEvent the event, with ID
     *     {@link TerminalConnectionEvent#TERMINAL_CONNECTION_ACTIVE}
     */
    void terminalConnectionActive(TerminalConnectionEvent terminalConnectionEvent);

    /**
     * Called when a terminal connection has been added to one of the call's connections, in state
     * {@link TerminalConnection#IDLE}.
     *
     * @param terminalConnectionEvent the event, with ID
     *     {@link TerminalConnectionEvent#TERMINAL_CONNECTION_CREATED}
     */
    void terminalConnectionCreated(TerminalConnectionEvent terminalConnectionEvent);

    /**
     * Called when a terminal connection has moved to {@link TerminalConnection#DROPPED}: its terminal has
     * left the call.
     *
     * @param terminalConnectionEvent the event, with ID
     *     {@link TerminalConnectionEvent#TERMINAL_CONNECTION_DROPPED}
     */
    void terminalConnectionDropped(TerminalConnectionEvent terminalConnectionEvent);

    /**
     * Called when a terminal connection has moved to {@link TerminalConnection#PASSIVE}: its terminal is
     * part of the call without taking part actively.
     *
     * @param terminalConnectionEvent the event, with ID
     *     {@link TerminalConnectionEvent#TERMINAL_CONNECTION_PASSIVE}
     */
    void terminalConnectionPassive(TerminalConnectionEvent terminalConnectionEvent);

    /**
     * Called when a terminal connection has moved to {@link TerminalConnection#RINGING}: its terminal
     * alerts its user; {@link TerminalConnection#answer()} is now possible.
     *
     * @param terminalConnectionEvent the event, with ID
     *     {@link TerminalConnectionEvent#TERMINAL_CONNECTION_RINGING}
     */
    void terminalConnectionRinging(TerminalConnectionEvent terminalConnectionEvent);

    /**
     * Called when a terminal connection has moved to {@link TerminalConnection#UNKNOWN}: the implementation
     * can no longer tell its state.
     *
     * @param terminalConnectionEvent the event, with ID
     *     {@link TerminalConnectionEvent#TERMINAL_CONNECTION_UNKNOWN}
     */
    void terminalConnectionUnknown(TerminalConnectionEvent terminalConnectionEvent);
}
