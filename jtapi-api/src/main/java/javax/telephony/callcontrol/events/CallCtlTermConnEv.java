package javax.telephony.callcontrol.events;

import javax.telephony.events.TermConnEv;

/**
 * The base of the observer-model events that report a new
 * {@link javax.telephony.callcontrol.CallControlTerminalConnection} state; each {@code CallCtlTermConn*Ev}
 * sub-interface stands for one state and has its own {@code ID}. {@link TermConnEv#getTerminalConnection()}
 * names the TerminalConnection.
 *
 * @deprecated since JTAPI 1.4; use {@link javax.telephony.callcontrol.CallControlTerminalConnectionEvent},
 *     delivered to a {@link javax.telephony.callcontrol.CallControlTerminalConnectionListener}.
 */
public interface CallCtlTermConnEv extends CallCtlCallEv, TermConnEv {
}
