package javax.telephony.callcontrol.events;

/**
 * Reports that the message-waiting indicator of a {@link javax.telephony.callcontrol.CallControlAddress}
 * changed, by the application or by anybody else.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlAddressListener#addressMessageWaiting}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlAddressEvent} whose ID is
 *     {@code CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING}.
 */
public interface CallCtlAddrMessageWaitingEv extends CallCtlAddrEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 202;

    /**
     * Returns the message-waiting indicator after the change.
     *
     * @return {@code true} when messages are waiting
     */
    boolean getMessageWaitingState();
}
