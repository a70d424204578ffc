package javax.telephony.callcenter.events;

/**
 * Reports that an agent became available for the ACD group's calls.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.ACDAddressObserver}s
 * of the group; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#READY}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.ACDAddressEvent} with ID
 *     {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_READY}, delivered to
 *     {@link javax.telephony.callcenter.ACDAddressListener#acdAddressReady}.
 */
public interface ACDAddrReadyEv extends ACDAddrEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_READY}.
     */
    int ID = 304;
}
