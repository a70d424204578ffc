package javax.telephony.callcontrol;

import javax.telephony.ConnectionEvent;

/**
 * Reports that a {@link CallControlConnection} entered a new call control state. {@link #getID()} is one of
 * the {@code CALLCTL_CONNECTION_*} constants, named after the new state, and the event is delivered to the
 * {@link CallControlConnectionListener} method of the same name. It is also a {@link CallControlCallEvent},
 * so it carries the call's calling and called parties and a call control cause.
 * <p>
 * When the core state changes as well, a core {@link ConnectionEvent} is delivered in addition (for example
 * {@code connectionConnected} with {@code connectionEstablished}). JTAPI 1.2 observers receive the
 * {@code javax.telephony.callcontrol.events.CallCtlConn*Ev} events instead.
 */
public interface CallControlConnectionEvent extends ConnectionEvent, CallControlCallEvent {
    /**
     * Event ID: the Connection is now {@link CallControlConnection#ALERTING}. Delivered to
     * {@link CallControlConnectionListener#connectionAlerting}.
     */
    int CALLCTL_CONNECTION_ALERTING = 353;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#DIALING}. Delivered to
     * {@link CallControlConnectionListener#connectionDialing}.
     */
    int CALLCTL_CONNECTION_DIALING = 354;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#DISCONNECTED}. Delivered to
     * {@link CallControlConnectionListener#connectionDisconnected}.
     */
    int CALLCTL_CONNECTION_DISCONNECTED = 355;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#ESTABLISHED}. Delivered to
     * {@link CallControlConnectionListener#connectionEstablished}.
     */
    int CALLCTL_CONNECTION_ESTABLISHED = 356;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#FAILED}. Delivered to
     * {@link CallControlConnectionListener#connectionFailed}.
     */
    int CALLCTL_CONNECTION_FAILED = 357;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#INITIATED}. Delivered to
     * {@link CallControlConnectionListener#connectionInitiated}.
     */
    int CALLCTL_CONNECTION_INITIATED = 358;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#NETWORK_ALERTING}. Delivered to
     * {@link CallControlConnectionListener#connectionNetworkAlerting}.
     */
    int CALLCTL_CONNECTION_NETWORK_ALERTING = 359;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#NETWORK_REACHED}. Delivered to
     * {@link CallControlConnectionListener#connectionNetworkReached}.
     */
    int CALLCTL_CONNECTION_NETWORK_REACHED = 360;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#OFFERED}. Delivered to
     * {@link CallControlConnectionListener#connectionOffered}.
     */
    int CALLCTL_CONNECTION_OFFERED = 361;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#QUEUED}. Delivered to
     * {@link CallControlConnectionListener#connectionQueued}.
     */
    int CALLCTL_CONNECTION_QUEUED = 362;

    /**
     * Event ID: the Connection is now {@link CallControlConnection#UNKNOWN}. Delivered to
     * {@link CallControlConnectionListener#connectionUnknown}.
     */
    int CALLCTL_CONNECTION_UNKNOWN = 363;

    /**
     * Returns the digits dialed so far on the Connection. Meaningful for
     * {@link #CALLCTL_CONNECTION_DIALING}.
     *
     * @return the digits dialed when the event occurred, or {@code null} when they are not known
     */
    String getDigits();

    /**
     * Returns how many calls are queued at the Connection's address. Meaningful for
     * {@link #CALLCTL_CONNECTION_QUEUED}.
     *
     * @return the number of queued Connections at the address when the event occurred
     */
    int getNumberInQueue();
}
