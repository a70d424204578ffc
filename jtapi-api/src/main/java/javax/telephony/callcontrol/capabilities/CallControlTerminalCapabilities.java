package javax.telephony.callcontrol.capabilities;

import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.capabilities.TerminalCapabilities;

/**
 * Which {@link javax.telephony.callcontrol.CallControlTerminal} features an application can use. The
 * static capabilities, valid for every terminal, come from
 * {@link javax.telephony.Provider#getTerminalCapabilities()}; the dynamic ones, for one terminal as it is
 * now, from {@link javax.telephony.Terminal#getCapabilities()}. The methods that take arguments ask about
 * one particular pickup. A {@code true} answer means the method may succeed, not that it will;
 * {@code false} means it cannot.
 */
public interface CallControlTerminalCapabilities extends TerminalCapabilities {
    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlTerminal#getDoNotDisturb()} can report the
     * setting.
     *
     * @return {@code true} if the do-not-disturb setting can be read
     */
    boolean canGetDoNotDisturb();

    /**
     * Tells whether calls can be picked up at all.
     *
     * @return {@code true} if some form of {@code pickup} can be used
     * @deprecated since JTAPI 1.2; use {@link #canPickup(Connection, Address)},
     *     {@link #canPickup(TerminalConnection, Address)} or {@link #canPickup(Address, Address)}, which ask
     *     about one pickup.
     */
    boolean canPickup();

    /**
     * Tells whether a call at the first address can be picked up on the second with
     * {@link javax.telephony.callcontrol.CallControlTerminal#pickup(Address, Address)}.
     *
     * @param pickupAddress the address whose call would be taken
     * @param terminalAddress the address of this terminal on which it would be answered
     * @return {@code true} if {@code pickup} can be used with these arguments
     */
    boolean canPickup(Address pickupAddress, Address terminalAddress);

    /**
     * Tells whether the given Connection can be picked up with
     * {@link javax.telephony.callcontrol.CallControlTerminal#pickup(Connection, Address)}.
     *
     * @param pickupConnection the queued or alerting Connection that would be taken
     * @param terminalAddress the address of this terminal on which it would be answered
     * @return {@code true} if {@code pickup} can be used with these arguments
     */
    boolean canPickup(Connection pickupConnection, Address terminalAddress);

    /**
     * Tells whether the call ringing at the given TerminalConnection can be picked up with
     * {@link javax.telephony.callcontrol.CallControlTerminal#pickup(TerminalConnection, Address)}.
     *
     * @param pickupTerminalConnection the ringing TerminalConnection of the other terminal
     * @param terminalAddress the address of this terminal on which it would be answered
     * @return {@code true} if {@code pickup} can be used with these arguments
     */
    boolean canPickup(TerminalConnection pickupTerminalConnection, Address terminalAddress);

    /**
     * Tells whether calls can be picked up from a pickup group at all.
     *
     * @return {@code true} if some form of {@code pickupFromGroup} can be used
     * @deprecated since JTAPI 1.2; use {@link #canPickupFromGroup(String, Address)} or
     *     {@link #canPickupFromGroup(Address)}, which ask about one pickup.
     */
    boolean canPickupFromGroup();

    /**
     * Tells whether a call of the named pickup group can be picked up with
     * {@link javax.telephony.callcontrol.CallControlTerminal#pickupFromGroup(String, Address)}.
     *
     * @param pickupGroup the code of the pickup group
     * @param terminalAddress the address of this terminal on which the call would be answered
     * @return {@code true} if {@code pickupFromGroup} can be used with these arguments
     */
    boolean canPickupFromGroup(String pickupGroup, Address terminalAddress);

    /**
     * Tells whether a call of the address's own pickup group can be picked up with
     * {@link javax.telephony.callcontrol.CallControlTerminal#pickupFromGroup(Address)}.
     *
     * @param terminalAddress the address of this terminal on which the call would be answered
     * @return {@code true} if {@code pickupFromGroup} can be used with this argument
     */
    boolean canPickupFromGroup(Address terminalAddress);

    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlTerminal#setDoNotDisturb(boolean)} can be
     * used.
     *
     * @return {@code true} if the do-not-disturb setting can be changed
     */
    boolean canSetDoNotDisturb();
}
