package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;

/**
 * Tells a {@link javax.telephony.callcenter.RouteCallback} that the switch has sent the call to one of the
 * destinations the application selected.
 * <p>
 * Delivered through {@link javax.telephony.callcenter.RouteCallback#routeUsedEvent}, at most once per
 * session, before its {@link RouteEndEvent}. The session is in state
 * {@link javax.telephony.callcenter.RouteSession#ROUTE_USED}.
 * <p>
 * Compatibility: in JTAPI 1.2 (and in Cisco's jar) {@link #getRouteUsed()} returns an
 * {@link Address}; since JTAPI 1.4 it returns a {@link Terminal}. Applications compiled against the 1.2
 * signature do not link against this method.
 */
public interface RouteUsedEvent extends RouteSessionEvent {
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
     * Tells whether the destination used lies inside the Provider's domain.
     *
     * @return {@code true} if the call went to a destination the Provider manages, {@code false} if it left
     *     the domain
     */
    boolean getDomain();

    /**
     * Returns the destination the call was sent to.
     *
     * @return the {@link Terminal} of the destination used, or {@code null} when it is outside the Provider's
     *     domain or not known
     */
    Terminal getRouteUsed();
}
