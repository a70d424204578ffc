package javax.telephony.callcontrol;

import javax.telephony.AddressEvent;

/**
 * Reports a change of a {@link CallControlAddress} setting: do-not-disturb, forwarding or message waiting.
 * {@link #getID()} says which, and the matching {@link CallControlAddressListener} method receives it. The
 * event carries the new values, as they were when the change happened.
 * <p>
 * JTAPI 1.2 observers receive the {@code javax.telephony.callcontrol.events.CallCtlAddr*Ev} events instead.
 */
public interface CallControlAddressEvent extends AddressEvent, CallControlEvent {
    /**
     * Event ID: the address's do-not-disturb setting changed; see {@link #getDoNotDisturbState()}. Delivered
     * to {@link CallControlAddressListener#addressDoNotDisturb}.
     */
    int CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB = 350;

    /**
     * Event ID: the address's forwarding instructions changed; see {@link #getForwarding()}. Delivered to
     * {@link CallControlAddressListener#addressForwarded}.
     */
    int CALLCTL_ADDRESS_EVENT_FORWARD = 351;

    /**
     * Event ID: the address's message-waiting indicator changed; see {@link #getMessageWaitingState()}.
     * Delivered to {@link CallControlAddressListener#addressMessageWaiting}.
     */
    int CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING = 352;

    /**
     * Returns the do-not-disturb setting after the change. Meaningful for
     * {@link #CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB}.
     *
     * @return {@code true} when do-not-disturb is on
     */
    boolean getDoNotDisturbState();

    /**
     * Returns the forwarding instructions in force after the change. Meaningful for
     * {@link #CALLCTL_ADDRESS_EVENT_FORWARD}.
     *
     * @return the instructions, or {@code null} when forwarding is off
     */
    CallControlForwarding[] getForwarding();

    /**
     * Returns the message-waiting indicator after the change. Meaningful for
     * {@link #CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING}.
     *
     * @return {@code true} when messages are waiting
     */
    boolean getMessageWaitingState();
}
