package javax.telephony.callcenter.events;

/**
 * Reports that an agent started after-call work after which it will take calls again.
 * <p>
 * A JTAPI 1.2 observer event, delivered to the {@link javax.telephony.callcenter.ACDAddressObserver}s
 * of the group; {@link #getAgent()} names the agent, whose state is now
 * {@link javax.telephony.callcenter.Agent#WORK_READY}.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.ACDAddressEvent} with ID
 *     {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_WORK_READY}, delivered to
 *     {@link javax.telephony.callcenter.ACDAddressListener#acdAddressWorkReady}.
 */
public interface ACDAddrWorkReadyEv extends ACDAddrEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.ACDAddressEvent#ACD_ADDRESS_WORK_READY}.
     */
    int ID = 307;
}
