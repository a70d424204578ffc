package io.bwjtapi.ext;

import javax.telephony.callcontrol.CallControlAddress;

/**
 * A BroadWorks user as a JTAPI address, with its service state.
 * <p>
 * Every address of a bwjtapi provider implements this interface. An address is
 * {@link #IN_SERVICE} while bwjtapi follows the user's calls at BroadWorks, and
 * {@link #OUT_OF_SERVICE} while it cannot (no connection to BroadWorks, the user's Application Server
 * failed over and the user is being resynchronised, or the user no longer exists). Changes are reported
 * to the address's observers as {@link BwAddrInServiceEv}/{@link BwAddrOutOfServiceEv} and to
 * {@link BwAddressListener}s. Call control on an out-of-service address throws
 * {@link javax.telephony.InvalidStateException}. Remote addresses (parties outside the provider's domain)
 * are always {@link #OUT_OF_SERVICE}: they cannot be observed.
 */
public interface BwAddress extends CallControlAddress {
    /** Service state: calls at this address are followed and can be controlled. Same value as Cisco's. */
    int IN_SERVICE = 1;

    /** Service state: calls at this address are not followed for now. Same value as Cisco's. */
    int OUT_OF_SERVICE = 0;

    /**
     * Returns the service state of this address.
     *
     * @return {@link #IN_SERVICE} or {@link #OUT_OF_SERVICE}
     */
    int getState();

    /**
     * Tells whether this address belongs to the provider's domain (a monitored BroadWorks user) rather than
     * being a remote party met in a call.
     *
     * @return {@code true} for an address of the domain
     */
    boolean isLocal();
}
