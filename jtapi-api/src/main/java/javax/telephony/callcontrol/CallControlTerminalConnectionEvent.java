package javax.telephony.callcontrol;

import javax.telephony.TerminalConnectionEvent;

/**
 * Reports that a {@link CallControlTerminalConnection} entered a new call control state. {@link #getID()}
 * is one of the {@code CALLCTL_TERMINAL_CONNECTION_*} constants, named after the new state, and the event
 * is delivered to the {@link CallControlTerminalConnectionListener} method of the same name. It is also a
 * {@link CallControlCallEvent}, so it carries the call's calling and called parties and a call control
 * cause.
 * <p>
 * When the core state changes as well, a core {@link TerminalConnectionEvent} is delivered in addition
 * (for example {@code terminalConnectionActive} with {@code terminalConnectionTalking}); a change between
 * two call control states with the same core state, such as talking to held, has no core event. JTAPI 1.2
 * observers receive the {@code javax.telephony.callcontrol.events.CallCtlTermConn*Ev} events instead.
 */
public interface CallControlTerminalConnectionEvent extends TerminalConnectionEvent, CallControlCallEvent {
    /**
     * Event ID: the TerminalConnection is now {@link CallControlTerminalConnection#BRIDGED}. Delivered to
     * {@link CallControlTerminalConnectionListener#terminalConnectionBridged}.
     */
    int CALLCTL_TERMINAL_CONNECTION_BRIDGED = 364;

    /**
     * Event ID: the TerminalConnection is now {@link CallControlTerminalConnection#DROPPED}. Delivered to
     * {@link CallControlTerminalConnectionListener#terminalConnectionDropped}.
     */
    int CALLCTL_TERMINAL_CONNECTION_DROPPED = 365;

    /**
     * Event ID: the TerminalConnection is now {@link CallControlTerminalConnection#HELD}. Delivered to
     * {@link CallControlTerminalConnectionListener#terminalConnectionHeld}.
     */
    int CALLCTL_TERMINAL_CONNECTION_HELD = 366;

    /**
     * Event ID: the TerminalConnection is now {@link CallControlTerminalConnection#INUSE}. Delivered to
     * {@link CallControlTerminalConnectionListener#terminalConnectionInUse}.
     */
    int CALLCTL_TERMINAL_CONNECTION_IN_USE = 367;

    /**
     * Event ID: the TerminalConnection is now {@link CallControlTerminalConnection#RINGING}. Delivered to
     * {@link CallControlTerminalConnectionListener#terminalConnectionRinging}.
     */
    int CALLCTL_TERMINAL_CONNECTION_RINGING = 368;

    /**
     * Event ID: the TerminalConnection is now {@link CallControlTerminalConnection#TALKING}. Delivered to
     * {@link CallControlTerminalConnectionListener#terminalConnectionTalking}.
     */
    int CALLCTL_TERMINAL_CONNECTION_TALKING = 369;

    /**
     * Event ID: the TerminalConnection is now {@link CallControlTerminalConnection#UNKNOWN}. Delivered to
     * {@link CallControlTerminalConnectionListener#terminalConnectionUnknown}.
     */
    int CALLCTL_TERMINAL_CONNECTION_UNKNOWN = 370;
}
