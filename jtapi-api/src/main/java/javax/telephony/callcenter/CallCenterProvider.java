package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;

/**
 * A {@link Provider} that offers the call-center features of a switch: routing, automatic call
 * distribution (ACD) and agents.
 * <p>
 * Through this interface an application finds the special addresses of the Provider's domain: the
 * addresses whose calls it may route ({@link RouteAddress}), the ACD groups that queue calls for agents
 * ({@link ACDAddress}) and the ACD managers that spread calls over several groups
 * ({@link ACDManagerAddress}). Each of these is also returned by {@link Provider#getAddress(String)}
 * and {@link Provider#getAddresses()}; the methods here only select them by kind.
 * <p>
 * The lists reflect the Provider's current view of its domain. They are meaningful while the Provider
 * is {@link Provider#IN_SERVICE IN_SERVICE}; an implementation may return a partial or empty list while
 * it is out of service. Which of the methods are available is reported by
 * {@link javax.telephony.callcenter.capabilities.CallCenterProviderCapabilities}.
 */
public interface CallCenterProvider extends Provider {
    /**
     * Returns the ACD groups in this Provider's domain.
     *
     * @return the {@link ACDAddress}es the Provider knows, or {@code null} when there are none
     * @throws MethodNotSupportedException if the implementation does not model ACD groups
     */
    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;

    /**
     * Returns the ACD managers in this Provider's domain.
     *
     * @return the {@link ACDManagerAddress}es the Provider knows, or {@code null} when there are none
     * @throws MethodNotSupportedException if the implementation does not model ACD managers
     */
    ACDManagerAddress[] getACDManagerAddresses() throws MethodNotSupportedException;

    /**
     * Returns the addresses of this Provider's domain for which an application may take over the
     * routing of incoming calls by registering a {@link RouteCallback}.
     * <p>
     * Where the implementation supports default routing, the list includes the address named
     * {@link RouteAddress#ALL_ROUTE_ADDRESS}, which stands for every routeable address at once.
     *
     * @return the routeable addresses, or {@code null} when there are none
     * @throws MethodNotSupportedException if the implementation does not support application routing
     */
    RouteAddress[] getRouteableAddresses() throws MethodNotSupportedException;
}
