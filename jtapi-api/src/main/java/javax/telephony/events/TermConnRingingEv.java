package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.TerminalConnection} is now
 * {@link javax.telephony.TerminalConnection#RINGING}: the Terminal is alerting its user of an incoming
 * call.
 * <p>
 * While ringing, the call can be answered at this Terminal with
 * {@link javax.telephony.TerminalConnection#answer()}. When several Terminals share the Address, each has
 * its own ringing terminal connection.
 * <p>
 * The listener model reports the same change as
 * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_RINGING} through
 * {@link javax.telephony.TerminalConnectionListener#terminalConnectionRinging}.
 */
public interface TermConnRingingEv extends TermConnEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.TerminalConnectionEvent#TERMINAL_CONNECTION_RINGING}.
     */
    int ID = 119;
}
