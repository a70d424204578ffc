package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;

/** TODO-DOC */
public interface RouteUsedEvent extends RouteSessionEvent {
    /** TODO-DOC */
    Address getCallingAddress();

    /** TODO-DOC */
    Terminal getCallingTerminal();

    /** TODO-DOC */
    boolean getDomain();

    /** TODO-DOC */
    Terminal getRouteUsed();
}
