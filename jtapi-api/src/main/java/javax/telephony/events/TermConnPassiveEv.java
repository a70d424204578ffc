package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.TerminalConnection} is now
 * {@link javax.telephony.TerminalConnection#PASSIVE}: the Terminal belongs to the call but does not take
 * an active part in it.
 * <p>
 * This is typical of Terminals that share an Address: when one of them answers, the others become
 * passive, and a passive Terminal may later join the call and become
 * {@link javax.telephony.TerminalConnection#ACTIVE} again.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_PASSIVE} through
 * {@link javax.telephony.TerminalConnectionListener#terminalConnectionPassive}.
 */
public interface TermConnPassiveEv extends TermConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_PASSIVE}.
     */
    int ID = 118;
}
