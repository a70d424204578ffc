package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlConnection} entered
 * {@link javax.telephony.callcontrol.CallControlConnection#QUEUED}: the call waits in a queue at the address.
 * When the core state changes too, the core {@link javax.telephony.events.ConnInProgressEv} for the same
 * change is delivered as well, normally in the same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlConnectionListener#connectionQueued}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlConnectionEvent} whose ID is
 *     {@code CALLCTL_CONNECTION_QUEUED}.
 */
public interface CallCtlConnQueuedEv extends CallCtlConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 212;

    /**
     * Returns how many calls are queued at the Connection's address.
     *
     * @return the number of queued Connections at the address when the event occurred
     */
    int getNumberInQueue();
}
