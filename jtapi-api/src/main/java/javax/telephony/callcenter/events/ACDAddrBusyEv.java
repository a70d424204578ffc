package javax.telephony.callcenter.events;

/**
 * Reports that an agent became busy with a call the ACD group delivered to it.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.ACDAddressObserver}s
 * of the group; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#BUSY}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.ACDAddressEvent} with ID
 *     {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_BUSY}, delivered to
 *     {@link javax.telephony.callcenter.ACDAddressListener#acdAddressBusy}.
 */
public interface ACDAddrBusyEv extends ACDAddrEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_BUSY}.
     */
    int ID = 300;
}
