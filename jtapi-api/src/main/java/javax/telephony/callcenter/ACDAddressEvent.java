package javax.telephony.callcenter;

import javax.telephony.AddressEvent;

/**
 * Reports that an {@link Agent} logged on to or off an {@link ACDAddress}, or changed its work state
 * there.
 * <p>
 * The event is delivered to the {@link ACDAddressListener}s of the ACD group; its
 * {@link javax.telephony.AddressEvent#getAddress() address} is that group and {@link #getAgent()} names
 * the agent. {@link javax.telephony.Event#getID()} returns one of the {@code ACD_ADDRESS_*} constants
 * below, which match the agent's new state as {@link Agent#getState()} reports it and say which listener
 * method is called. The same values are the {@code ID}s of the JTAPI 1.2 events in
 * {@link javax.telephony.callcenter.events}, so an application may test either.
 */
public interface ACDAddressEvent extends AddressEvent, CallCenterEvent {
    /**
     * Event ID: the agent is busy with an ACD call ({@link Agent#BUSY}); reported through
     * {@link ACDAddressListener#acdAddressBusy}.
     */
    int ACD_ADDRESS_BUSY = 300;

    /**
     * Event ID: the agent logged off the group ({@link Agent#LOG_OUT}); reported through
     * {@link ACDAddressListener#acdAddressLoggedOff}.
     */
    int ACD_ADDRESS_LOGGED_OFF = 301;

    /**
     * Event ID: the agent logged on to the group ({@link Agent#LOG_IN}); reported through
     * {@link ACDAddressListener#acdAddressLoggedOn}.
     */
    int ACD_ADDRESS_LOGGED_ON = 302;

    /**
     * Event ID: the agent is logged on but not available for calls ({@link Agent#NOT_READY}); reported
     * through {@link ACDAddressListener#acdAddressNotReady}.
     */
    int ACD_ADDRESS_NOT_READY = 303;

    /**
     * Event ID: the agent is available for the group's calls ({@link Agent#READY}); reported through
     * {@link ACDAddressListener#acdAddressReady}.
     */
    int ACD_ADDRESS_READY = 304;

    /**
     * Event ID: the implementation no longer knows the agent's state ({@link Agent#UNKNOWN}); reported
     * through {@link ACDAddressListener#acdAddressUnknown}.
     */
    int ACD_ADDRESS_UNKNOWN = 305;

    /**
     * Event ID: the agent is doing after-call work and will not be available afterwards
     * ({@link Agent#WORK_NOT_READY}); reported through {@link ACDAddressListener#acdAddressWorkNotReady}.
     */
    int ACD_ADDRESS_WORK_NOT_READY = 306;

    /**
     * Event ID: the agent is doing after-call work and becomes available when it is finished
     * ({@link Agent#WORK_READY}); reported through {@link ACDAddressListener#acdAddressWorkReady}.
     */
    int ACD_ADDRESS_WORK_READY = 307;

    /**
     * Returns the agent whose state changed.
     *
     * @return the {@link Agent}; its {@link Agent#getACDAddress()} is the event's address
     */
    Agent getAgent();
}
