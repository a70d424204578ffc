package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Tells whether calls can be routed by the application at a {@link javax.telephony.callcenter.RouteAddress}.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getAddressCapabilities()}, the answer holds
 * for route addresses in general; as dynamic capabilities, from
 * {@link javax.telephony.Address#getCapabilities()} of one address, it says whether that address can be
 * routed now.
 */
public interface RouteAddressCapabilities extends AddressCapabilities {
    /**
     * Tells whether route callbacks can be registered and route sessions handled.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.RouteAddress#registerRouteCallback} and the
     *     {@link javax.telephony.callcenter.RouteSession} methods are supported
     */
    boolean canRouteCalls();
}
