package javax.telephony.callcontrol;

import javax.telephony.AddressEvent;

/** TODO-DOC */
public interface CallControlAddressEvent extends AddressEvent, CallControlEvent {
    /** TODO-DOC */
    int CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB = 350;

    /** TODO-DOC */
    int CALLCTL_ADDRESS_EVENT_FORWARD = 351;

    /** TODO-DOC */
    int CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING = 352;

    /** TODO-DOC */
    boolean getDoNotDisturbState();

    /** TODO-DOC */
    CallControlForwarding[] getForwarding();

    /** TODO-DOC */
    boolean getMessageWaitingState();
}
