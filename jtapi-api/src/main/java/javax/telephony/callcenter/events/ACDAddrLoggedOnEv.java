package javax.telephony.callcenter.events;

/**
 * Reports that an agent logged on to the ACD group.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.ACDAddressObserver}s
 * of the group; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#LOG_IN}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.ACDAddressEvent} with ID
 *     {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_LOGGED_ON}, delivered to
 *     {@link javax.telephony.callcenter.ACDAddressListener#acdAddressLoggedOn}.
 */
public interface ACDAddrLoggedOnEv extends ACDAddrEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_LOGGED_ON}.
     */
    int ID = 302;
}
