package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;

/**
 * A {@link Terminal} (a phone) with call pickup and its own do-not-disturb setting. Every Terminal of a
 * Provider that supports the call control package implements this interface; applications test for it
 * with {@code instanceof}.
 * <ul>
 * <li><b>Pickup</b> answers, at this phone, a call that is not ringing here: one queued or parked at an
 *     address, or one ringing on another phone. {@link #pickup(Connection, Address)},
 *     {@link #pickup(TerminalConnection, Address)} and {@link #pickup(Address, Address)} name the call to
 *     take; {@link #pickupFromGroup(String, Address)} and {@link #pickupFromGroup(Address)} let the switch
 *     choose one within a pickup group set up by its administrator.</li>
 * <li><b>Do-not-disturb</b>: when on, the switch does not ring this phone for incoming calls. It is
 *     independent of the setting of each {@link CallControlAddress} of the phone.</li>
 * </ul>
 * <p>
 * <b>Events.</b> Changes of the do-not-disturb setting are reported to the terminal's listeners that
 * implement {@link CallControlTerminalListener}, with a {@link CallControlTerminalEvent}. Observers of
 * JTAPI 1.2 that implement {@link CallControlTerminalObserver} receive
 * {@link javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv} instead. The call changes caused by
 * a pickup are reported to the Call's listeners, with the call control cause
 * {@link CallControlEvent#CAUSE_CALL_PICKUP}.
 */
public interface CallControlTerminal extends Terminal {
    /**
     * Tells whether do-not-disturb is on for this phone.
     *
     * @return {@code true} when the switch does not ring this phone for incoming calls
     * @throws MethodNotSupportedException if the implementation cannot report the setting
     */
    boolean getDoNotDisturb() throws MethodNotSupportedException;

    /**
     * Picks up, at this phone, a call waiting at or ringing for an address, the implementation choosing
     * which of that address's calls (a queued or alerting one). Otherwise behaves as
     * {@link #pickup(Connection, Address)}.
     *
     * @param pickupAddress the address whose call is taken
     * @param terminalAddress the address of this phone on which the call is answered
     * @return the new TerminalConnection of this phone, {@link CallControlTerminalConnection#TALKING}
     * @throws InvalidArgumentException if either address is not valid, or the second is not an address of
     *     this phone
     * @throws InvalidStateException if the Provider is not in service or the address has no queued or
     *     alerting call
     * @throws MethodNotSupportedException if the implementation cannot pick up calls this way
     * @throws PrivilegeViolationException if the application may not control these addresses or this phone
     * @throws ResourceUnavailableException if a resource needed to pick up the call is not available
     */
    TerminalConnection pickup(Address pickupAddress, Address terminalAddress) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Answers, at this phone, a call that does not ring here: one queued at an address or alerting
     * elsewhere. Blocks until the switch has moved the call to this phone or refused the request.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE}, the Connection's call is
     * {@link javax.telephony.Call#ACTIVE}, the Connection is {@link CallControlConnection#QUEUED} or
     * {@link CallControlConnection#ALERTING}, and the address is one of this phone's addresses.
     * Post-conditions, in both cases with a new TerminalConnection of this phone, returned,
     * {@link CallControlTerminalConnection#TALKING}:
     * <ul>
     * <li>when the Connection is the given address's own (a queued call, or one alerting without ringing
     *     this phone), the TerminalConnection belongs to it and the Connection is
     *     {@link CallControlConnection#ESTABLISHED};</li>
     * <li>when the Connection belongs to another address (a call ringing across the room), it becomes
     *     {@link CallControlConnection#DISCONNECTED}, and a new Connection of the given address, in the same
     *     call, is {@link CallControlConnection#ESTABLISHED} and holds the TerminalConnection.</li>
     * </ul>
     * Events: creation and talking for the TerminalConnection, creation (second case) and established for
     * the answering Connection, disconnected for the picked-up one (second case).
     *
     * @param pickupConnection the queued or alerting Connection to take
     * @param terminalAddress the address of this phone on which the call is answered
     * @return the new TerminalConnection of this phone
     * @throws InvalidArgumentException if the Connection or the address is not valid, or the address is not
     *     one of this phone's
     * @throws InvalidStateException if the Provider is not in service or the Connection is neither queued
     *     nor alerting
     * @throws MethodNotSupportedException if the implementation cannot pick up calls this way
     * @throws PrivilegeViolationException if the application may not control this Connection or this phone
     * @throws ResourceUnavailableException if a resource needed to pick up the call is not available
     */
    TerminalConnection pickup(Connection pickupConnection, Address terminalAddress) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Picks up, at this phone, the call that is ringing on another phone, named by its TerminalConnection;
     * its Connection must therefore be alerting (a queued Connection has no TerminalConnection). Otherwise
     * behaves as {@link #pickup(Connection, Address)}.
     *
     * @param pickupTerminalConnection the ringing TerminalConnection of the other phone
     * @param terminalAddress the address of this phone on which the call is answered
     * @return the new TerminalConnection of this phone, {@link CallControlTerminalConnection#TALKING}
     * @throws InvalidArgumentException if the TerminalConnection or the address is not valid, or the
     *     address is not one of this phone's
     * @throws InvalidStateException if the Provider is not in service or the call is not alerting there
     * @throws MethodNotSupportedException if the implementation cannot pick up calls this way
     * @throws PrivilegeViolationException if the application may not control that phone or this one
     * @throws ResourceUnavailableException if a resource needed to pick up the call is not available
     */
    TerminalConnection pickup(TerminalConnection pickupTerminalConnection, Address terminalAddress) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Picks up, at this phone, a queued or alerting call of the named pickup group, the switch choosing
     * which one. Otherwise behaves as {@link #pickup(Connection, Address)}.
     *
     * @param pickupGroup the code of the pickup group, as configured on the switch
     * @param terminalAddress the address of this phone on which the call is answered
     * @return the new TerminalConnection of this phone, {@link CallControlTerminalConnection#TALKING}
     * @throws InvalidArgumentException if the group code or the address is not valid, or the address is
     *     not one of this phone's
     * @throws InvalidStateException if the Provider is not in service or no call of the group is queued or
     *     alerting
     * @throws MethodNotSupportedException if the implementation cannot pick up from a group
     * @throws PrivilegeViolationException if the application may not pick up from that group
     * @throws ResourceUnavailableException if a resource needed to pick up the call is not available
     */
    TerminalConnection pickupFromGroup(String pickupGroup, Address terminalAddress) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Picks up, at this phone, a queued or alerting call of the pickup group the given address belongs to,
     * the switch choosing which one. Otherwise behaves as {@link #pickup(Connection, Address)}.
     *
     * @param terminalAddress the address of this phone on which the call is answered; its pickup group is
     *     searched
     * @return the new TerminalConnection of this phone, {@link CallControlTerminalConnection#TALKING}
     * @throws InvalidArgumentException if the address is not valid or not one of this phone's
     * @throws InvalidStateException if the Provider is not in service or no call of the group is queued or
     *     alerting
     * @throws MethodNotSupportedException if the implementation cannot pick up from a group
     * @throws PrivilegeViolationException if the application may not pick up from that group
     * @throws ResourceUnavailableException if a resource needed to pick up the call is not available
     */
    TerminalConnection pickupFromGroup(Address terminalAddress) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Turns do-not-disturb on or off for this phone; the settings of its addresses are not changed. Blocks
     * until the switch has applied the setting or refused it.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE}. Post-conditions:
     * {@link #getDoNotDisturb()} returns the given value and a
     * {@link CallControlTerminalListener#terminalDoNotDisturb} event follows.
     *
     * @param enable {@code true} to stop this phone ringing for incoming calls, {@code false} to let it ring
     *     again
     * @throws InvalidStateException if the Provider is not in service
     * @throws MethodNotSupportedException if the implementation cannot change the setting
     */
    void setDoNotDisturb(boolean enable) throws InvalidStateException, MethodNotSupportedException;
}
