package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Tells how call observers can be added to a {@link javax.telephony.callcenter.CallCenterAddress}.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getAddressCapabilities()}, the answer holds
 * for call-center addresses in general; as dynamic capabilities, from
 * {@link javax.telephony.Address#getCapabilities()} of one address, it says what that address allows now.
 */
public interface CallCenterAddressCapabilities extends AddressCapabilities {
    /**
     * Tells whether {@link javax.telephony.callcenter.CallCenterAddress#addCallObserver} is supported with
     * the given value of its {@code remain} argument.
     *
     * @param remain {@code true} to ask about observers that stay on a call after it has left the address,
     *     {@code false} to ask about observers that leave with it
     * @return {@code true} if observers of that kind can be added
     */
    boolean canAddCallObserver(boolean remain);
}
