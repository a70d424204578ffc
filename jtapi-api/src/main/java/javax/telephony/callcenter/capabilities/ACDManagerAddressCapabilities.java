package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Tells which methods of {@link javax.telephony.callcenter.ACDManagerAddress} an implementation supports.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getAddressCapabilities()}, the answer holds
 * for ACD managers in general; as dynamic capabilities, from
 * {@link javax.telephony.Address#getCapabilities()} of one ACD manager, it says what that manager allows now.
 */
public interface ACDManagerAddressCapabilities extends AddressCapabilities {
    /**
     * Tells whether the ACD groups of a manager can be listed.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDManagerAddress#getACDAddresses()} is
     *     supported
     */
    boolean canGetACDAddresses();
}
