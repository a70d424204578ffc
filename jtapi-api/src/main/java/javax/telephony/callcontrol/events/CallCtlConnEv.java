package javax.telephony.callcontrol.events;

import javax.telephony.events.ConnEv;

/**
 * The base of the observer-model events that report a new
 * {@link javax.telephony.callcontrol.CallControlConnection} state; each {@code CallCtlConn*Ev} sub-interface
 * stands for one state and has its own {@code ID}. {@link ConnEv#getConnection()} names the Connection.
 *
 * @deprecated since JTAPI 1.4; use {@link javax.telephony.callcontrol.CallControlConnectionEvent}, delivered
 *     to a {@link javax.telephony.callcontrol.CallControlConnectionListener}.
 */
public interface CallCtlConnEv extends CallCtlCallEv, ConnEv {
}
