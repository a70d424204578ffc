package javax.telephony.phone.capabilities;

import javax.telephony.Address;

/**
 * Tells whether a {@link javax.telephony.phone.ComponentGroup} may be activated at present.
 * <p>
 * These are dynamic capabilities, obtained with
 * {@link javax.telephony.phone.ComponentGroup#getCapabilities()}; there are no static capabilities for
 * component groups. The answers describe the group as it is now and may change, for example while the
 * set is busy with another group or when the terminal goes out of service.
 */
public interface ComponentGroupCapabilities {
    /**
     * Tells whether {@link javax.telephony.phone.ComponentGroup#activate()} and
     * {@link javax.telephony.phone.ComponentGroup#deactivate()} can succeed, that is whether the group can
     * be connected to the calls of all the terminal's addresses.
     *
     * @return {@code true} if the group can be activated for the whole terminal
     */
    boolean canActivate();

    /**
     * Tells whether {@link javax.telephony.phone.ComponentGroup#activate(Address)} and
     * {@link javax.telephony.phone.ComponentGroup#deactivate(Address)} can succeed for the given address.
     *
     * @param address an address of the group's terminal
     * @return {@code true} if the group can be activated for that address; {@code false} as well when the
     *     address does not belong to the terminal
     */
    boolean canActivate(Address address);
}
