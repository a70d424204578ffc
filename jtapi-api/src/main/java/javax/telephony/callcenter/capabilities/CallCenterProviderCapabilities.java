package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ProviderCapabilities;

/**
 * Tells which lists of call-center addresses a {@link javax.telephony.callcenter.CallCenterProvider} can
 * give.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getProviderCapabilities()}, the answers say
 * what the implementation supports; as dynamic capabilities, from
 * {@link javax.telephony.Provider#getCapabilities()}, what the Provider allows now. A {@code false}
 * answer means the method would throw {@link javax.telephony.MethodNotSupportedException}.
 */
public interface CallCenterProviderCapabilities extends ProviderCapabilities {
    /**
     * Tells whether the ACD groups of the domain can be listed.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.CallCenterProvider#getACDAddresses()} is
     *     supported
     */
    boolean canGetACDAddresses();

    /**
     * Tells whether the ACD managers of the domain can be listed.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.CallCenterProvider#getACDManagerAddresses()}
     *     is supported
     */
    boolean canGetACDManagerAddresses();

    /**
     * Tells whether the routeable addresses of the domain can be listed.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.CallCenterProvider#getRouteableAddresses()}
     *     is supported
     */
    boolean canGetRouteableAddresses();
}
