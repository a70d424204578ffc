package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/**
 * A call event of the call control package: it carries, at the moment of the event, who placed the call,
 * to whom, and where it was last diverted from (see {@link CallControlCall}). Every event about a
 * {@link CallControlCall}, its Connections and its TerminalConnections delivered to a
 * {@link CallControlCallListener} implements it; {@link CallControlConnectionEvent} and
 * {@link CallControlTerminalConnectionEvent} extend it.
 * <p>
 * The values are captured when the event is created, so they may differ from what the Call returns when
 * the application handles the event. JTAPI 1.2 observers receive
 * {@link javax.telephony.callcontrol.events.CallCtlCallEv} instead.
 */
public interface CallControlCallEvent extends CallEvent, CallControlEvent {
    /**
     * Returns the address the call was originally placed to, as {@link CallControlCall#getCalledAddress()}
     * reported it when the event occurred.
     *
     * @return the called address, or {@code null} when it was not known
     */
    Address getCalledAddress();

    /**
     * Returns the address that placed the call, as {@link CallControlCall#getCallingAddress()} reported it
     * when the event occurred.
     *
     * @return the calling address, or {@code null} when it was not known
     */
    Address getCallingAddress();

    /**
     * Returns the terminal that placed the call, as {@link CallControlCall#getCallingTerminal()} reported it
     * when the event occurred.
     *
     * @return the calling terminal, or {@code null} when it was not known
     */
    Terminal getCallingTerminal();

    /**
     * Returns the address the call was at just before its current destination, as
     * {@link CallControlCall#getLastRedirectedAddress()} reported it when the event occurred.
     *
     * @return the last redirecting address, or {@code null} when there was none or it was not known
     */
    Address getLastRedirectedAddress();
}
