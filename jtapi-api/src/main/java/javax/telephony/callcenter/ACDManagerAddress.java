package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;

/**
 * An ACD manager: an {@link javax.telephony.Address} that receives calls and spreads them over several
 * ACD groups ({@link ACDAddress}es), for example a pilot number in front of a number of queues.
 * <p>
 * Like an ACD group, a manager has no {@link javax.telephony.Terminal}s. A call directed to it gets an
 * {@link ACDManagerConnection} at this address, and an {@link ACDConnection} at the group the manager
 * chooses. The managers of a Provider are listed by {@link CallCenterProvider#getACDManagerAddresses()}.
 * Whether the groups can be listed is reported by
 * {@link javax.telephony.callcenter.capabilities.ACDManagerAddressCapabilities}.
 */
public interface ACDManagerAddress extends CallCenterAddress {
    /**
     * Returns the ACD groups to which this manager distributes calls.
     *
     * @return the managed {@link ACDAddress}es, or {@code null} when the manager has none
     * @throws MethodNotSupportedException if the implementation cannot list the groups of a manager
     */
    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;
}
