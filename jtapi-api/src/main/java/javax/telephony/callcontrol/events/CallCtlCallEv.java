package javax.telephony.callcontrol.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.events.CallEv;

/**
 * The base of the observer-model call control events about a call, its Connections ({@link CallCtlConnEv})
 * and its TerminalConnections ({@link CallCtlTermConnEv}). It carries, as they were when the event occurred,
 * the calling and called parties of the {@link javax.telephony.callcontrol.CallControlCall}. Delivered to the
 * {@code callChangedEvent} batches of call observers that implement
 * {@link javax.telephony.callcontrol.CallControlCallObserver}.
 *
 * @deprecated since JTAPI 1.4; use {@link javax.telephony.callcontrol.CallControlCallEvent}, delivered to a
 *     {@link javax.telephony.callcontrol.CallControlCallListener}.
 */
public interface CallCtlCallEv extends CallCtlEv, CallEv {
    /**
     * Returns the address the call was originally placed to, as known when the event occurred.
     *
     * @return the called address, or {@code null} when it was not known
     */
    Address getCalledAddress();

    /**
     * Returns the address that placed the call, as known when the event occurred.
     *
     * @return the calling address, or {@code null} when it was not known
     */
    Address getCallingAddress();

    /**
     * Returns the terminal that placed the call, as known when the event occurred.
     *
     * @return the calling terminal, or {@code null} when it was not known
     */
    Terminal getCallingTerminal();

    /**
     * Returns the address the call was at just before its current destination, as known when the event
     * occurred.
     *
     * @return the last redirecting address, or {@code null} when there was none or it was not known
     */
    Address getLastRedirectedAddress();
}
