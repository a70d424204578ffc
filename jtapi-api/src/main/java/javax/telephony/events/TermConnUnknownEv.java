package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.TerminalConnection} is now
 * {@link javax.telephony.TerminalConnection#UNKNOWN}: the implementation cannot currently tell the
 * Terminal's part in the call.
 * <p>
 * When the state becomes known again, the event of that state follows.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_UNKNOWN} through
 * {@link javax.telephony.TerminalConnectionListener#terminalConnectionUnknown}.
 */
public interface TermConnUnknownEv extends TermConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_UNKNOWN}.
     */
    int ID = 120;
}
