package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.TerminalConnection} is now
 * {@link javax.telephony.TerminalConnection#ACTIVE}: the Terminal takes an active part in the call, for
 * example because it answered or placed the call.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_ACTIVE} through
 * {@link javax.telephony.TerminalConnectionListener#terminalConnectionActive}.
 */
public interface TermConnActiveEv extends TermConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_ACTIVE}.
     */
    int ID = 115;
}
