package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Tells which queries of {@link javax.telephony.callcenter.ACDAddress} an implementation supports.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getAddressCapabilities()}, the answers hold
 * for ACD groups in general; as dynamic capabilities, from
 * {@link javax.telephony.Address#getCapabilities()} of one ACD group, they say what that group allows
 * now. A {@code false} answer means the method would throw
 * {@link javax.telephony.MethodNotSupportedException}.
 */
public interface ACDAddressCapabilities extends AddressCapabilities {
    /**
     * Tells whether the ACD manager of a group can be obtained.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDAddress#getACDManagerAddress()} is
     *     supported
     */
    boolean canGetACDManagerAddress();

    /**
     * Tells whether the agents logged on to a group can be listed.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDAddress#getLoggedOnAgents()} is supported
     */
    boolean canGetLoggedOnAgents();

    /**
     * Tells whether the number of queued calls can be obtained.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDAddress#getNumberQueued()} is supported
     */
    boolean canGetNumberQueued();

    /**
     * Tells whether the oldest queued call can be obtained.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDAddress#getOldestCallQueued()} is
     *     supported
     */
    boolean canGetOldestCallQueued();

    /**
     * Tells whether the queue's waiting time can be obtained.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDAddress#getQueueWaitTime()} is supported
     */
    boolean canGetQueueWaitTime();

    /**
     * Tells whether the queue's relative load can be obtained.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDAddress#getRelativeQueueLoad()} is
     *     supported
     */
    boolean canGetRelativeQueueLoad();
}
