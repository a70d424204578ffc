package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;

/**
 * The dialogue between the implementation and an application about where one call arriving at a
 * {@link RouteAddress} should go.
 * <p>
 * The implementation creates a session for each call that arrives at a route address with a registered
 * {@link RouteCallback}, and reports every step to that callback. States ({@link #getState()}):
 * <ul>
 * <li>{@link #ROUTE}: the switch has asked for a destination ({@link RouteCallback#routeEvent}) and waits
 *     for {@link #selectRoute} or {@link #endRoute};</li>
 * <li>{@link #RE_ROUTE}: the selected destinations could not be used and the switch asks again
 *     ({@link RouteCallback#reRouteEvent}); the application answers as in {@code ROUTE};</li>
 * <li>{@link #ROUTE_USED}: the call has been sent to a destination ({@link RouteCallback#routeUsedEvent});
 *     the session is about to end;</li>
 * <li>{@link #ROUTE_END}: the session has ended ({@link RouteCallback#routeEndEvent}); final;</li>
 * <li>{@link #ROUTE_CALLBACK_ENDED}: the callback's registration ended while the session was active
 *     ({@link RouteCallback#routeCallbackEndedEvent}); final.</li>
 * </ul>
 * Transitions: a session starts in {@code ROUTE}. From {@code ROUTE} or {@code RE_ROUTE} it goes to
 * {@code RE_ROUTE} (a selected route failed), {@code ROUTE_USED} (a route worked) or {@code ROUTE_END}
 * (the application declined, the caller hung up, the switch stopped waiting). From {@code ROUTE_USED} it
 * goes to {@code ROUTE_END}. From any state that is not final it can go to {@code ROUTE_CALLBACK_ENDED}.
 * <p>
 * {@link #getCause()} tells why the session reached its current state, using the {@code CAUSE_*}
 * constants. The {@code ERROR_*} constants are the reasons an application gives to {@link #endRoute}.
 * Once the session has ended, the switch handles the call by its own rules unless it was routed.
 */
public interface RouteSession {
    /** Cause: a selected destination is not a valid address. */
    int CAUSE_INVALID_DESTINATION = 103;

    /** Cause: nothing went wrong; the session moved on normally. */
    int CAUSE_NO_ERROR = 100;

    /** Cause: the switch does not support something the request asked for. */
    int CAUSE_PARAMETER_NOT_SUPPORTED = 102;

    /** Cause: the application did not answer the request in time, so the switch routed the call itself. */
    int CAUSE_ROUTING_TIMER_EXPIRED = 101;

    /** Cause: the application called a method that the session's state does not allow. */
    int CAUSE_STATE_INCOMPATIBLE = 104;

    /** Cause: the session failed for a reason the switch does not specify. */
    int CAUSE_UNSPECIFIED_ERROR = 105;

    /** Reason for {@link #endRoute}: the resources the application routes to are busy. */
    int ERROR_RESOURCE_BUSY = 2;

    /** Reason for {@link #endRoute}: the resources the application routes to are out of service. */
    int ERROR_RESOURCE_OUT_OF_SERVICE = 3;

    /** Reason for {@link #endRoute}: the application gives no particular reason. */
    int ERROR_UNKNOWN = 1;

    /** State: the selected destinations failed and the switch asks for another route. */
    int RE_ROUTE = 4;

    /** State: the switch has asked for a route and waits for the application's answer. */
    int ROUTE = 1;

    /** State: the registration of the session's callback ended before the session did; final. */
    int ROUTE_CALLBACK_ENDED = 5;

    /** State: the session has ended; final. */
    int ROUTE_END = 3;

    /** State: the call has been sent to one of the selected destinations. */
    int ROUTE_USED = 2;

    /**
     * Declines to route the call, so that the switch handles it by its own rules.
     * <p>
     * Allowed in states {@link #ROUTE} and {@link #RE_ROUTE}. The method returns without waiting for the
     * switch. Post-conditions: the session ends; {@link RouteCallback#routeEndEvent} follows and the state
     * becomes {@link #ROUTE_END}. Called in another state it changes nothing; the implementation records
     * {@link #CAUSE_STATE_INCOMPATIBLE} as the cause when the session has not ended yet.
     *
     * @param errorValue why the application does not route the call: {@link #ERROR_RESOURCE_BUSY},
     *     {@link #ERROR_RESOURCE_OUT_OF_SERVICE} or {@link #ERROR_UNKNOWN}
     * @throws MethodNotSupportedException if the implementation does not let applications decline routing
     */
    void endRoute(int errorValue) throws MethodNotSupportedException;

    /**
     * Returns why the session reached its current state.
     *
     * @return one of the {@code CAUSE_*} constants of this interface
     */
    int getCause();

    /**
     * Returns the route address at which the call arrived.
     *
     * @return the {@link RouteAddress} whose callback handles this session
     */
    RouteAddress getRouteAddress();

    /**
     * Returns the current state of the session.
     *
     * @return {@link #ROUTE}, {@link #ROUTE_USED}, {@link #ROUTE_END}, {@link #RE_ROUTE} or
     *     {@link #ROUTE_CALLBACK_ENDED}
     */
    int getState();

    /**
     * Tells the switch where to send the call.
     * <p>
     * Allowed in states {@link #ROUTE} and {@link #RE_ROUTE}. The switch tries the destinations in the order
     * given (a switch that accepts only one uses the first). The method returns without waiting for the
     * outcome, which is reported to the callback: {@link RouteCallback#routeUsedEvent} followed by
     * {@link RouteCallback#routeEndEvent} when a destination was used, {@link RouteCallback#reRouteEvent}
     * when none could be used and the switch asks again, or {@link RouteCallback#routeEndEvent} with a cause
     * such as {@link #CAUSE_INVALID_DESTINATION} when the switch gives up. Called in another state it
     * changes nothing; the implementation records {@link #CAUSE_STATE_INCOMPATIBLE} as the cause when the
     * session has not ended yet.
     *
     * @param destinations the destination addresses, by name, most preferred first
     * @throws MethodNotSupportedException if the implementation does not let applications select routes
     */
    void selectRoute(String[] destinations) throws MethodNotSupportedException;
}
