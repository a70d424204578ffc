package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/**
 * A call event that carries the call-center view of the call: who called whom, where the call was last
 * redirected from, and the application data attached to it.
 * <p>
 * The implementation delivers call events of this type to the {@link CallCenterCallListener}s of a
 * {@link CallCenterCall}. With ID {@link #CALLCENT_CALL_APPLICATION_DATA_EVENT} it reports, through
 * {@link CallCenterCallListener#applicationData}, that the call's application data changed. The
 * sub-interfaces {@link CallCenterConnectionEvent} and {@link CallCenterTrunkEvent} report connection and
 * trunk changes with the same details. The values describe the call when the event was generated; each
 * may be {@code null} when the switch does not know it.
 */
public interface CallCenterCallEvent extends CallEvent, CallCenterEvent {
    /**
     * Event ID: the application data of the call was set or changed; reported through
     * {@link CallCenterCallListener#applicationData}.
     */
    int CALLCENT_CALL_APPLICATION_DATA_EVENT = 316;

    /**
     * Returns the application data attached to the call.
     *
     * @return the data, as {@link CallCenterCall#getApplicationData()} returned it when the event was
     *     generated, or {@code null} when none is attached
     */
    Object getApplicationData();

    /**
     * Returns the address the caller originally dialled.
     *
     * @return the called {@link Address}, or {@code null} when not known
     */
    Address getCalledAddress();

    /**
     * Returns the address that placed the call.
     *
     * @return the calling {@link Address}, or {@code null} when not known (for example a withheld number)
     */
    Address getCallingAddress();

    /**
     * Returns the terminal that placed the call.
     *
     * @return the calling {@link Terminal}, or {@code null} when not known or outside the Provider's domain
     */
    Terminal getCallingTerminal();

    /**
     * Returns the address that most recently redirected the call, for example by forwarding it or by
     * passing it from an ACD group to an agent.
     *
     * @return the last redirecting {@link Address}, or {@code null} when the call was not redirected or
     *     the address is not known
     */
    Address getLastRedirectedAddress();
}
