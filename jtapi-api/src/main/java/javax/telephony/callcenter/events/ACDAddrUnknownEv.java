package javax.telephony.callcenter.events;

/**
 * Reports that the implementation lost track of an agent's state.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.ACDAddressObserver}s
 * of the group; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#UNKNOWN}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.ACDAddressEvent} with ID
 *     {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_UNKNOWN}, delivered to
 *     {@link javax.telephony.callcenter.ACDAddressListener#acdAddressUnknown}.
 */
public interface ACDAddrUnknownEv extends ACDAddrEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_UNKNOWN}.
     */
    int ID = 305;
}
