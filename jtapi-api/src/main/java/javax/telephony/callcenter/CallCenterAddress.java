package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallObserver;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/**
 * An {@link Address} of a call center that lets an application keep watching the calls that pass through
 * it after they have moved on.
 * <p>
 * Calls reaching an ACD group or an ACD manager usually stay there only briefly: the switch hands them
 * to an agent or to another group. A call observer added with {@link Address#addCallObserver} stops
 * observing a call as soon as the call leaves the address. {@link #addCallObserver(CallObserver, boolean)}
 * can instead keep the observer on the call until the call ends, which lets a supervisor application
 * follow every call from the queue to the agent. {@link ACDAddress} and {@link ACDManagerAddress} are the
 * call-center addresses of this package.
 */
public interface CallCenterAddress extends Address {
    /**
     * Adds an observer to every call at this address, now and in the future, optionally keeping it on a
     * call after the call has left the address.
     * <p>
     * The observer is attached at once to every call that currently has a connection at this address,
     * and the current state of those calls is reported to it as a snapshot (events with cause
     * {@link javax.telephony.events.Ev#CAUSE_SNAPSHOT} and meta code
     * {@link javax.telephony.events.Ev#META_SNAPSHOT}). From then on it is attached to each call that
     * reaches the address. With {@code remain} {@code false} it behaves as
     * {@link Address#addCallObserver}: the observer leaves a call, with a
     * {@link javax.telephony.events.CallObservationEndedEv}, when the call no longer has a connection at
     * this address. With {@code remain} {@code true} it stays on the call until the call becomes
     * {@link javax.telephony.Call#INVALID INVALID} or the implementation can no longer observe it. In
     * both cases {@link Address#getCallObservers()} lists the observer until it is removed with
     * {@link Address#removeCallObserver}. Adding an observer that is already present has no further
     * effect. An observer that also implements {@link CallCenterCallObserver} receives the call-center
     * call events as well.
     *
     * @param observer the observer to add
     * @param remain {@code true} to keep observing each call after it has left this address, {@code false}
     *     to stop when it leaves
     * @throws MethodNotSupportedException if the implementation does not support observers, or does not
     *     support the requested value of {@code remain}; see
     *     {@link javax.telephony.callcenter.capabilities.CallCenterAddressCapabilities#canAddCallObserver}
     * @throws PrivilegeViolationException if the application is not allowed to observe calls once they
     *     have left this address
     * @throws ResourceUnavailableException if the implementation cannot take another observer or cannot
     *     monitor this address now
     */
    void addCallObserver(CallObserver observer, boolean remain)
            throws MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
