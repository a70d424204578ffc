package javax.telephony.callcenter;

import javax.telephony.AddressListener;

/**
 * Receives the agent events of an {@link ACDAddress}: agents logging on and off the ACD group and
 * changing their work state there.
 * <p>
 * The application implements this interface and adds the listener to the group with
 * {@link javax.telephony.Address#addAddressListener}. Each method receives an {@link ACDAddressEvent}
 * whose {@link ACDAddressEvent#getAgent() agent} is the one that changed and whose ID is the matching
 * {@code ACD_ADDRESS_*} constant. The listener also receives the core address events of
 * {@link AddressListener}; {@link AddressListener#addressListenerEnded} is the last event it receives
 * from that group. This interface replaces {@link ACDAddressObserver} of JTAPI 1.2.
 * <p>
 * Events reach the listener in the order the changes happened, on a thread of the implementation;
 * a method should return promptly and must not wait for further events.
 */
public interface ACDAddressListener extends AddressListener {
    /**
     * Called when an agent of the group became busy with an ACD call.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_BUSY}
     */
    void acdAddressBusy(ACDAddressEvent event);

    /**
     * Called when an agent logged off the group.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_LOGGED_OFF}
     */
    void acdAddressLoggedOff(ACDAddressEvent event);

    /**
     * Called when an agent logged on to the group.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_LOGGED_ON}
     */
    void acdAddressLoggedOn(ACDAddressEvent event);

    /**
     * Called when an agent of the group became unavailable for calls while staying logged on.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_NOT_READY}
     */
    void acdAddressNotReady(ACDAddressEvent event);

    /**
     * Called when an agent of the group became available for the group's calls.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_READY}
     */
    void acdAddressReady(ACDAddressEvent event);

    /**
     * Called when the implementation lost track of an agent's state, for example while its link to the
     * switch is down; a later event reports the state once it is known again.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_UNKNOWN}
     */
    void acdAddressUnknown(ACDAddressEvent event);

    /**
     * Called when an agent of the group started after-call work after which it will not take calls.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_WORK_NOT_READY}
     */
    void acdAddressWorkNotReady(ACDAddressEvent event);

    /**
     * Called when an agent of the group started after-call work after which it will take calls again.
     *
     * @param event the event, with ID {@link ACDAddressEvent#ACD_ADDRESS_WORK_READY}
     */
    void acdAddressWorkReady(ACDAddressEvent event);
}
