package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteAddress;

/**
 * Tells a {@link javax.telephony.callcenter.RouteCallback} that its registration at a route address has
 * ended.
 * <p>
 * Delivered through {@link javax.telephony.callcenter.RouteCallback#routeCallbackEndedEvent}, after
 * {@link RouteAddress#cancelRouteCallback} or when the implementation can no longer route calls at the
 * address. It is the last event the callback receives from that address. Unlike the other route events it
 * concerns no single session, so it does not extend {@link RouteSessionEvent}.
 */
public interface RouteCallbackEndedEvent {
    /**
     * Returns the route address at which the registration ended.
     *
     * @return the {@link RouteAddress}
     */
    RouteAddress getRouteAddress();
}
