package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterTrunk;
import javax.telephony.events.CallEv;

/**
 * The base of the JTAPI 1.2 call events of the call-center package: a call event that carries who called
 * whom and where the call was last redirected from.
 * <p>
 * The events reach the {@link javax.telephony.callcenter.CallCenterCallObserver}s of a
 * {@link javax.telephony.callcenter.CallCenterCall}. The concrete events are
 * {@link CallCentCallAppDataEv} (application data changed), {@link CallCentTrunkValidEv} and
 * {@link CallCentTrunkInvalidEv} (trunk changes) and {@link CallCentConnInProgressEv} (a connection in
 * progress). The values describe the call when the event was generated; each may be {@code null} when the
 * switch does not know it.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.CallCenterCallEvent}, delivered to a
 *     {@link javax.telephony.callcenter.CallCenterCallListener}.
 */
public interface CallCentCallEv extends CallCentEv, CallEv {
    /**
     * Returns the address the caller originally dialled.
     *
     * @return the called {@link Address}, or {@code null} when not known
     */
    Address getCalledAddress();

    /**
     * Returns the address that placed the call.
     *
     * @return the calling {@link Address}, or {@code null} when not known
     */
    Address getCallingAddress();

    /**
     * Returns the terminal that placed the call.
     *
     * @return the calling {@link Terminal}, or {@code null} when not known or outside the Provider's domain
     */
    Terminal getCallingTerminal();

    /**
     * Returns the address that most recently redirected the call.
     *
     * @return the last redirecting {@link Address}, or {@code null} when the call was not redirected or the
     *     address is not known
     */
    Address getLastRedirectedAddress();

    /**
     * Returns the trunks the call used when the event was generated.
     *
     * @return the {@link CallCenterTrunk}s of the call, or {@code null} when there are none or they are not
     *     known
     * @deprecated Use {@link javax.telephony.callcenter.CallCenterCall#getTrunks()}, and the trunk events
     *     to follow changes.
     */
    CallCenterTrunk[] getTrunks();
}
