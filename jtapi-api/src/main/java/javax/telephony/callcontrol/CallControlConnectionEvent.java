package javax.telephony.callcontrol;

import javax.telephony.ConnectionEvent;

/** TODO-DOC */
public interface CallControlConnectionEvent extends ConnectionEvent, CallControlCallEvent {
    /** TODO-DOC */
    int CALLCTL_CONNECTION_ALERTING = 353;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_DIALING = 354;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_DISCONNECTED = 355;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_ESTABLISHED = 356;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_FAILED = 357;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_INITIATED = 358;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_NETWORK_ALERTING = 359;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_NETWORK_REACHED = 360;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_OFFERED = 361;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_QUEUED = 362;

    /** TODO-DOC */
    int CALLCTL_CONNECTION_UNKNOWN = 363;

    /** TODO-DOC */
    String getDigits();

    /** TODO-DOC */
    int getNumberInQueue();
}
