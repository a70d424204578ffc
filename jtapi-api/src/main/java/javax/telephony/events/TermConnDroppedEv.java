package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.TerminalConnection} is now
 * {@link javax.telephony.TerminalConnection#DROPPED}: the Terminal has left the call for good.
 * <p>
 * The state is final. It happens when the Terminal hangs up, when another Terminal answered a call that
 * was ringing here and this one is not kept in the call, or when the Connection it belongs to is
 * disconnected.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_DROPPED} through
 * {@link javax.telephony.TerminalConnectionListener#terminalConnectionDropped}.
 */
public interface TermConnDroppedEv extends TermConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_DROPPED}.
     */
    int ID = 117;
}
