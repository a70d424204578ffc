package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/**
 * An {@link Address} whose incoming calls an application may route: when a call arrives, the switch asks
 * the application where the call should go instead of applying its own rules.
 * <p>
 * The application registers a {@link RouteCallback} with {@link #registerRouteCallback}. For each call that
 * then arrives, the implementation opens a {@link RouteSession} and calls
 * {@link RouteCallback#routeEvent}; the application answers with {@link RouteSession#selectRoute} or
 * declines with {@link RouteSession#endRoute}. The whole dialogue is described at {@link RouteSession}.
 * While no callback is registered, the switch routes the address's calls itself.
 * <p>
 * The routeable addresses of a Provider are listed by {@link CallCenterProvider#getRouteableAddresses()}.
 * The special address named {@link #ALL_ROUTE_ADDRESS} stands for all of them at once. Whether calls can be
 * routed at an address is reported by
 * {@link javax.telephony.callcenter.capabilities.RouteAddressCapabilities#canRouteCalls()}.
 */
public interface RouteAddress extends Address {
    /**
     * The name of the route address that stands for every routeable address of the Provider. An
     * application obtains it with {@link javax.telephony.Provider#getAddress(String)} and registers a
     * callback there to route the calls of every routeable address that has no callback of its own (where
     * the implementation supports such default routing).
     */
    String ALL_ROUTE_ADDRESS = "AllRouteAddress";

    /**
     * Unregisters a route callback from this address.
     * <p>
     * Post-conditions: the callback receives no new route requests from this address; its active sessions
     * here end, and it is told with {@link RouteCallback#routeCallbackEndedEvent}. Cancelling a callback
     * that is not registered here has no effect.
     *
     * @param callback the callback to unregister
     * @throws MethodNotSupportedException if the implementation does not support application routing
     */
    void cancelRouteCallback(RouteCallback callback) throws MethodNotSupportedException;

    /**
     * Returns the route sessions of this address that have not ended yet.
     *
     * @return the active {@link RouteSession}s, or {@code null} when there are none
     * @throws MethodNotSupportedException if the implementation does not support application routing
     */
    RouteSession[] getActiveRouteSessions() throws MethodNotSupportedException;

    /**
     * Returns the route callbacks registered at this address.
     *
     * @return the registered {@link RouteCallback}s, or {@code null} when there are none
     * @throws MethodNotSupportedException if the implementation does not support application routing
     */
    RouteCallback[] getRouteCallback() throws MethodNotSupportedException;

    /**
     * Registers a callback that routes the calls arriving at this address from now on.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE IN_SERVICE}. The method
     * blocks until the switch has accepted the registration. Post-conditions: the callback is listed by
     * {@link #getRouteCallback()} and receives, through {@link RouteCallback#routeEvent}, a route request for
     * each call that arrives. Registering a callback twice has no further effect. The registration lasts
     * until {@link #cancelRouteCallback} or until the implementation ends it, which it reports with
     * {@link RouteCallback#routeCallbackEndedEvent}.
     *
     * @param callback the callback to register
     * @throws MethodNotSupportedException if calls cannot be routed at this address
     * @throws ResourceUnavailableException if the implementation cannot take another callback at this
     *     address, for example because another application already routes it
     */
    void registerRouteCallback(RouteCallback callback)
            throws MethodNotSupportedException, ResourceUnavailableException;
}
