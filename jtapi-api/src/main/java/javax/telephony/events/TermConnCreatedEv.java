package javax.telephony.events;

/**
 * Reports that a new {@link javax.telephony.TerminalConnection} exists, in the
 * {@link javax.telephony.TerminalConnection#IDLE} state: a Terminal has been associated with a
 * Connection of the call but its part has not started.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_CREATED} through
 * {@link javax.telephony.TerminalConnectionListener#terminalConnectionCreated}.
 */
public interface TermConnCreatedEv extends TermConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_CREATED}.
     */
    int ID = 116;
}
