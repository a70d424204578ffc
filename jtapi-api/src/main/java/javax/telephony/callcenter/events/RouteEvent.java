package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.RouteAddress;

/**
 * Asks a {@link javax.telephony.callcenter.RouteCallback} where a call should go: a call has arrived at a
 * route address and a new {@link javax.telephony.callcenter.RouteSession} has started.
 * <p>
 * Delivered through {@link javax.telephony.callcenter.RouteCallback#routeEvent}, once per session, as its
 * first event. The session is in state {@link javax.telephony.callcenter.RouteSession#ROUTE}; the
 * application answers with {@link javax.telephony.callcenter.RouteSession#selectRoute} or
 * {@link javax.telephony.callcenter.RouteSession#endRoute}. The event tells what is known about the call
 * and which kind of route the switch is after ({@link #getRouteSelectAlgorithm()}, one of the
 * {@code SELECT_*} constants).
 */
public interface RouteEvent extends RouteSessionEvent {
    /** Route selection: pick an agent or ACD group to handle the call. */
    int SELECT_ACD = 3;

    /** Route selection: the call is an emergency call and needs an emergency destination. */
    int SELECT_EMERGENCY = 2;

    /** Route selection: pick the cheapest route to the destination. */
    int SELECT_LEAST_COST = 1;

    /** Route selection: no particular requirement; route the call the ordinary way. */
    int SELECT_NORMAL = 0;

    /** Route selection: a site-specific rule agreed between the switch and the application. */
    int SELECT_USER_DEFINED = 4;

    /**
     * Returns the address that placed the call.
     *
     * @return the calling {@link Address}, or {@code null} when not known
     */
    Address getCallingAddress();

    /**
     * Returns the terminal that placed the call.
     *
     * @return the calling {@link Terminal}, or {@code null} when not known or outside the Provider's domain
     */
    Terminal getCallingTerminal();

    /**
     * Returns the route address at which the call arrived and for which a route is requested.
     *
     * @return the current {@link RouteAddress}
     */
    RouteAddress getCurrentRouteAddress();

    /**
     * Returns the kind of route the switch asks for.
     *
     * @return one of the {@code SELECT_*} constants of this interface
     */
    int getRouteSelectAlgorithm();

    /**
     * Returns the set-up information that came with the call, for example digits collected from the caller
     * or data from the network's call set-up; its form is defined by the switch.
     *
     * @return the set-up information, or {@code null} when there is none
     */
    String getSetupInformation();
}
