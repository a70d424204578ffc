package javax.telephony.callcontrol;

import javax.telephony.TerminalConnectionListener;

/**
 * Receives the call control state changes of the TerminalConnections of the calls it listens to, one
 * method per {@link CallControlTerminalConnection} state. Being a {@link TerminalConnectionListener} and a
 * {@link CallControlConnectionListener}, it also receives the core TerminalConnection events and every
 * Connection and call event: it is the listener for applications that want the whole call control picture
 * of a call.
 * <p>
 * Register it like any call listener: on a Call with {@link javax.telephony.Call#addCallListener}, or on an
 * Address or Terminal to follow all their calls. The implementation calls the methods one event at a time,
 * in the order the changes happened, on its own delivery thread; they should return quickly. It replaces
 * {@link CallControlCallObserver} for TerminalConnection events.
 */
public interface CallControlTerminalConnectionListener extends TerminalConnectionListener, CallControlConnectionListener {
    /**
     * Called when a TerminalConnection entered {@link CallControlTerminalConnection#BRIDGED}: the phone
     * shares the line with a phone active in the call and may join it.
     *
     * @param event the event, with ID
     *     {@link CallControlTerminalConnectionEvent#CALLCTL_TERMINAL_CONNECTION_BRIDGED}
     */
    void terminalConnectionBridged(CallControlTerminalConnectionEvent event);

    /**
     * Called when a TerminalConnection entered {@link CallControlTerminalConnection#DROPPED}: the phone has
     * left the call for good.
     *
     * @param event the event, with ID
     *     {@link CallControlTerminalConnectionEvent#CALLCTL_TERMINAL_CONNECTION_DROPPED}
     */
    void terminalConnectionDropped(CallControlTerminalConnectionEvent event);

    /**
     * Called when a TerminalConnection entered {@link CallControlTerminalConnection#HELD}: the phone has put
     * the call on hold.
     *
     * @param event the event, with ID
     *     {@link CallControlTerminalConnectionEvent#CALLCTL_TERMINAL_CONNECTION_HELD}
     */
    void terminalConnectionHeld(CallControlTerminalConnectionEvent event);

    /**
     * Called when a TerminalConnection entered {@link CallControlTerminalConnection#INUSE}: another phone
     * uses the line and this one cannot join the call.
     *
     * @param event the event, with ID
     *     {@link CallControlTerminalConnectionEvent#CALLCTL_TERMINAL_CONNECTION_IN_USE}
     */
    void terminalConnectionInUse(CallControlTerminalConnectionEvent event);

    /**
     * Called when a TerminalConnection entered {@link CallControlTerminalConnection#RINGING}: the phone rings
     * for the call.
     *
     * @param event the event, with ID
     *     {@link CallControlTerminalConnectionEvent#CALLCTL_TERMINAL_CONNECTION_RINGING}
     */
    void terminalConnectionRinging(CallControlTerminalConnectionEvent event);

    /**
     * Called when a TerminalConnection entered {@link CallControlTerminalConnection#TALKING}: the phone takes
     * an active part in the call.
     *
     * @param event the event, with ID
     *     {@link CallControlTerminalConnectionEvent#CALLCTL_TERMINAL_CONNECTION_TALKING}
     */
    void terminalConnectionTalking(CallControlTerminalConnectionEvent event);

    /**
     * Called when a TerminalConnection entered {@link CallControlTerminalConnection#UNKNOWN}: the
     * implementation no longer knows the phone's state.
     *
     * @param event the event, with ID
     *     {@link CallControlTerminalConnectionEvent#CALLCTL_TERMINAL_CONNECTION_UNKNOWN}
     */
    void terminalConnectionUnknown(CallControlTerminalConnectionEvent event);
}
