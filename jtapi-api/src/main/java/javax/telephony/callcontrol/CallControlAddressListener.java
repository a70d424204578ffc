package javax.telephony.callcontrol;

import javax.telephony.AddressListener;

/**
 * Receives the changes of a {@link CallControlAddress}'s settings: do-not-disturb, forwarding and message
 * waiting. Being an {@link AddressListener}, it also receives the core address events.
 * <p>
 * Register it with {@link javax.telephony.Address#addAddressListener}. The implementation calls the
 * methods one event at a time, in the order the changes happened, on its own delivery thread; they should
 * return quickly. It replaces {@link CallControlAddressObserver}.
 */
public interface CallControlAddressListener extends AddressListener {
    /**
     * Called when the address's do-not-disturb setting changed.
     *
     * @param event the event, with ID {@link CallControlAddressEvent#CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB};
     *     {@link CallControlAddressEvent#getDoNotDisturbState()} gives the new setting
     */
    void addressDoNotDisturb(CallControlAddressEvent event);

    /**
     * Called when the address's forwarding instructions changed, including when they were cancelled.
     *
     * @param event the event, with ID {@link CallControlAddressEvent#CALLCTL_ADDRESS_EVENT_FORWARD};
     *     {@link CallControlAddressEvent#getForwarding()} gives the instructions now in force
     */
    void addressForwarded(CallControlAddressEvent event);

    /**
     * Called when the address's message-waiting indicator changed.
     *
     * @param event the event, with ID {@link CallControlAddressEvent#CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING};
     *     {@link CallControlAddressEvent#getMessageWaitingState()} gives the new state
     */
    void addressMessageWaiting(CallControlAddressEvent event);
}
