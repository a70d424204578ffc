package javax.telephony.callcontrol;

import javax.telephony.ConnectionListener;

/**
 * Receives the call control state changes of the Connections of the calls it listens to, one method per
 * {@link CallControlConnection} state. Being a {@link ConnectionListener}, it also receives the core
 * Connection events, and being a {@link CallControlCallListener}, the call events, which carry the call
 * control information of {@link CallControlCallEvent}.
 * <p>
 * Register it like any call listener: on a Call with {@link javax.telephony.Call#addCallListener}, or on an
 * Address or Terminal to follow all their calls. The implementation calls the methods one event at a time,
 * in the order the changes happened, on its own delivery thread; they should return quickly. It replaces
 * {@link CallControlCallObserver} for Connection events.
 */
public interface CallControlConnectionListener extends ConnectionListener, CallControlCallListener {
    /**
     * Called when a Connection entered {@link CallControlConnection#ALERTING}: the address is being alerted
     * (its phones ring).
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_ALERTING}
     */
    void connectionAlerting(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#DIALING}: the originating party is
     * dialing; {@link CallControlConnectionEvent#getDigits()} gives the digits so far.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_DIALING}
     */
    void connectionDialing(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#DISCONNECTED}: the party has left the
     * call.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_DISCONNECTED}
     */
    void connectionDisconnected(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#ESTABLISHED}: the party has reached its
     * active state in the call.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_ESTABLISHED}
     */
    void connectionEstablished(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#FAILED}: the party could not be reached
     * or its leg broke down; the call control cause often says why.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_FAILED}
     */
    void connectionFailed(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#INITIATED}: the originating phone went
     * off-hook and no digit has been dialed yet.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_INITIATED}
     */
    void connectionInitiated(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#NETWORK_ALERTING}: the network reports
     * that the far party is being alerted.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_NETWORK_ALERTING}
     */
    void connectionNetworkAlerting(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#NETWORK_REACHED}: the call has left the
     * switch into the network.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_NETWORK_REACHED}
     */
    void connectionNetworkReached(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#OFFERED}: an incoming call is offered to
     * the address, which may accept, reject or redirect it.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_OFFERED}
     */
    void connectionOffered(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#QUEUED}: the call waits in a queue at the
     * address; {@link CallControlConnectionEvent#getNumberInQueue()} gives the queue length.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_QUEUED}
     */
    void connectionQueued(CallControlConnectionEvent event);

    /**
     * Called when a Connection entered {@link CallControlConnection#UNKNOWN}: the implementation no longer
     * knows the party's state.
     *
     * @param event the event, with ID {@link CallControlConnectionEvent#CALLCTL_CONNECTION_UNKNOWN}
     */
    void connectionUnknown(CallControlConnectionEvent event);
}
