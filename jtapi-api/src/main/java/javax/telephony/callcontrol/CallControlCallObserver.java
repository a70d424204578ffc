package javax.telephony.callcontrol;

import javax.telephony.CallObserver;

/**
 * JTAPI 1.2 observer of the call control view of calls. It declares no method of its own: a
 * {@link CallObserver} added with {@link javax.telephony.Call#addObserver} (or on an Address or Terminal
 * with {@code addCallObserver}) that also implements this interface receives, in its
 * {@code callChangedEvent} batches, the {@link javax.telephony.callcontrol.events.CallCtlCallEv} events:
 * the call control state changes of Connections ({@code CallCtlConn*Ev}) and TerminalConnections
 * ({@code CallCtlTermConn*Ev}), next to the core events of the same changes. Observers that do not
 * implement it get the core events only.
 *
 * @deprecated since JTAPI 1.4; implement {@link CallControlCallListener},
 *     {@link CallControlConnectionListener} or {@link CallControlTerminalConnectionListener} and register
 *     it with {@link javax.telephony.Call#addCallListener}.
 */
public interface CallControlCallObserver extends CallObserver {
}
