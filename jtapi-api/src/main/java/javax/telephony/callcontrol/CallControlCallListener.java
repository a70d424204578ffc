package javax.telephony.callcontrol;

import javax.telephony.CallListener;

/**
 * A {@link CallListener} that asks for the call control view of calls. It declares no method of its own:
 * implementing it tells the implementation that the core call events it delivers to this listener should
 * carry the call control information of {@link CallControlCallEvent} (calling and called parties, last
 * redirecting address, call control cause).
 * <p>
 * To receive the call control state changes of Connections and TerminalConnections as well, implement
 * {@link CallControlConnectionListener} or {@link CallControlTerminalConnectionListener}, which extend this
 * interface. Register it like any call listener: on a Call with
 * {@link javax.telephony.Call#addCallListener}, or on an Address or Terminal to follow all their calls. It
 * replaces {@link CallControlCallObserver}.
 */
public interface CallControlCallListener extends CallListener {
}
