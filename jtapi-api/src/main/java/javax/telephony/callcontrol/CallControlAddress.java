package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * An {@link Address} (a directory number) with the per-number features of a business telephone system:
 * call forwarding, do-not-disturb and the message-waiting indicator. Every Address of a Provider that
 * supports the call control package implements this interface; applications test for it with
 * {@code instanceof}.
 * <ul>
 * <li><b>Forwarding</b>: zero or more {@link CallControlForwarding} instructions say where incoming calls
 *     go, and when. {@link #setForwarding} replaces the whole set, {@link #cancelForwarding()} clears it,
 *     {@link #getForwarding()} reads it. The switch honours them as far as its other, possibly
 *     higher-priority, rules allow.</li>
 * <li><b>Do-not-disturb</b>: when on, the switch does not alert this address for incoming calls. It is
 *     independent of the do-not-disturb setting of each {@link CallControlTerminal}, so a whole number or
 *     one phone can be silenced.</li>
 * <li><b>Message waiting</b>: whether messages wait for the address's user; phones usually show it with a
 *     lamp or a stutter dial tone. Applications such as voice mail set it.</li>
 * </ul>
 * <p>
 * <b>Events.</b> Changes of these settings, made by the application or by anybody else, are reported to
 * the address's listeners that implement {@link CallControlAddressListener}, with a
 * {@link CallControlAddressEvent}. Observers of JTAPI 1.2 that implement {@link CallControlAddressObserver}
 * receive the {@code javax.telephony.callcontrol.events.CallCtlAddr*Ev} events instead.
 */
public interface CallControlAddress extends Address {
    /**
     * Removes every forwarding instruction of this address. Blocks until the switch has cancelled them or
     * refused the request; on failure the instructions stay as they were.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE}. Post-conditions:
     * {@link #getForwarding()} returns {@code null} and an
     * {@link CallControlAddressListener#addressForwarded} event follows.
     *
     * @throws InvalidStateException if the Provider is not in service
     * @throws MethodNotSupportedException if the implementation cannot change forwarding
     */
    void cancelForwarding() throws InvalidStateException, MethodNotSupportedException;

    /**
     * Tells whether do-not-disturb is on for this address.
     *
     * @return {@code true} when the switch does not alert this address for incoming calls
     * @throws MethodNotSupportedException if the implementation cannot report the setting
     */
    boolean getDoNotDisturb() throws MethodNotSupportedException;

    /**
     * Returns the forwarding instructions now in force for this address.
     *
     * @return the instructions, or {@code null} when there are none
     * @throws MethodNotSupportedException if the implementation cannot report forwarding
     */
    CallControlForwarding[] getForwarding() throws MethodNotSupportedException;

    /**
     * Tells whether the message-waiting indicator is on for this address.
     *
     * @return {@code true} when messages are waiting
     * @throws MethodNotSupportedException if the implementation cannot report the indicator
     */
    boolean getMessageWaiting() throws MethodNotSupportedException;

    /**
     * Turns do-not-disturb on or off for this address; the settings of its terminals are not changed.
     * Blocks until the switch has applied the setting or refused it.
     * <p>
     * Pre-conditions: the Provider is in service. Post-conditions: {@link #getDoNotDisturb()} returns the
     * given value and an {@link CallControlAddressListener#addressDoNotDisturb} event follows.
     *
     * @param enable {@code true} to stop incoming calls alerting the address, {@code false} to let them
     *     through again
     * @throws InvalidStateException if the Provider is not in service
     * @throws MethodNotSupportedException if the implementation cannot change the setting
     */
    void setDoNotDisturb(boolean enable) throws InvalidStateException, MethodNotSupportedException;

    /**
     * Replaces all forwarding instructions of this address with the given ones. Blocks until the switch has
     * applied every instruction or refused the request; on failure the previous instructions stay in force.
     * <p>
     * Pre-conditions: the Provider is in service. Post-conditions: {@link #getForwarding()} returns the
     * given instructions and an {@link CallControlAddressListener#addressForwarded} event follows.
     *
     * @param instructions the new instructions; use {@link #cancelForwarding()} to remove them all
     * @throws InvalidArgumentException if the set is not valid: a malformed instruction, a destination the
     *     switch rejects, or instructions that contradict each other
     * @throws InvalidStateException if the Provider is not in service
     * @throws MethodNotSupportedException if the implementation cannot change forwarding, or not in the way
     *     requested
     */
    void setForwarding(CallControlForwarding[] instructions) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    /**
     * Turns the message-waiting indicator on or off for this address. Blocks until the switch has applied
     * the setting or refused it.
     * <p>
     * Pre-conditions: the Provider is in service. Post-conditions: {@link #getMessageWaiting()} returns the
     * given value and an {@link CallControlAddressListener#addressMessageWaiting} event follows.
     *
     * @param enable {@code true} when messages are waiting, {@code false} when there are none left
     * @throws InvalidStateException if the Provider is not in service
     * @throws MethodNotSupportedException if the implementation cannot change the indicator
     */
    void setMessageWaiting(boolean enable) throws InvalidStateException, MethodNotSupportedException;
}
