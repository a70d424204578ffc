package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.RouteAddress;

/** TODO-DOC */
public interface RouteEvent extends RouteSessionEvent {
    /** TODO-DOC */
    int SELECT_ACD = 3;

    /** TODO-DOC */
    int SELECT_EMERGENCY = 2;

    /** TODO-DOC */
    int SELECT_LEAST_COST = 1;

    /** TODO-DOC */
    int SELECT_NORMAL = 0;

    /** TODO-DOC */
    int SELECT_USER_DEFINED = 4;

    /** TODO-DOC */
    Address getCallingAddress();

    /** TODO-DOC */
    Terminal getCallingTerminal();

    /** TODO-DOC */
    RouteAddress getCurrentRouteAddress();

    /** TODO-DOC */
    int getRouteSelectAlgorithm();

    /** TODO-DOC */
    String getSetupInformation();
}
