package javax.telephony.callcenter;

import javax.telephony.callcenter.events.ReRouteEvent;
import javax.telephony.callcenter.events.RouteCallbackEndedEvent;
import javax.telephony.callcenter.events.RouteEndEvent;
import javax.telephony.callcenter.events.RouteEvent;
import javax.telephony.callcenter.events.RouteUsedEvent;

/**
 * The application's side of call routing: the implementation calls it to ask where calls arriving at a
 * {@link RouteAddress} should go, and to report how each request ended.
 * <p>
 * The application implements this interface and registers it with
 * {@link RouteAddress#registerRouteCallback}. Each routed call is one {@link RouteSession}; the events of a
 * session arrive in this order: one {@link #routeEvent}, then any number of {@link #reRouteEvent}s
 * (each after a selected route failed), at most one {@link #routeUsedEvent}, and finally one
 * {@link #routeEndEvent}. {@link #routeCallbackEndedEvent} comes once, when the registration itself has
 * ended, and is the last call the callback receives from that address.
 * <p>
 * The methods are called on a thread of the implementation and should return promptly: they inform the
 * application, which then answers through the {@link RouteSession} (possibly from another thread). The
 * switch waits for an answer only for a limited time, after which it ends the session with
 * {@link RouteSession#CAUSE_ROUTING_TIMER_EXPIRED} and routes the call itself.
 */
public interface RouteCallback {
    /**
     * Called when a destination chosen with {@link RouteSession#selectRoute} could not be used and the
     * switch asks for another one. The session is in state {@link RouteSession#RE_ROUTE}; the application
     * answers again with {@link RouteSession#selectRoute} or {@link RouteSession#endRoute}.
     *
     * @param event identifies the session
     */
    void reRouteEvent(ReRouteEvent event);

    /**
     * Called when this callback's registration at the route address has ended, because the application
     * cancelled it or because the implementation can no longer route there (for example when the Provider
     * shuts down). No further requests come from that address; the sessions of the callback there have
     * ended.
     *
     * @param event identifies the route address
     */
    void routeCallbackEndedEvent(RouteCallbackEndedEvent event);

    /**
     * Called when a route session has ended, whatever the outcome; {@link RouteSession#getCause()} says
     * why. The session is in state {@link RouteSession#ROUTE_END} and accepts no further requests.
     *
     * @param event identifies the session
     */
    void routeEndEvent(RouteEndEvent event);

    /**
     * Called when a call arrives at the route address and the switch asks where it should go. This opens a
     * new session, in state {@link RouteSession#ROUTE}; the application answers with
     * {@link RouteSession#selectRoute} or declines with {@link RouteSession#endRoute}.
     *
     * @param event the request: the session and what is known about the call
     */
    void routeEvent(RouteEvent event);

    /**
     * Called when the switch has sent the call to one of the selected destinations. The session is in state
     * {@link RouteSession#ROUTE_USED}; its end follows.
     *
     * @param event the session and the destination used
     */
    void routeUsedEvent(RouteUsedEvent event);
}
