package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/**
 * A {@link Call} with the features call centers need: predictive dialling, application data that travels
 * with the call, and the trunks the call uses.
 * <p>
 * <b>Predictive dialling</b> ({@link #connectPredictive}) is the outbound counterpart of ACD: the switch
 * first rings the customer and brings the call to the calling side (usually an ACD group that passes it
 * to a free agent) only once the customer has been reached, so that agents do not wait through ringing,
 * busy tones and answering machines.
 * <p>
 * <b>Application data</b> ({@link #setApplicationData}) is an object one application attaches to the call
 * (a customer record key, say) for the applications that see the call later, for example at the agent's
 * desk. Each change is reported to the call's {@link CallCenterCallListener}s.
 * <p>
 * <b>Trunks</b> ({@link #getTrunks()}) are the lines between switches the call occupies; each one
 * becoming valid or invalid for the call is reported to the {@link CallCenterCallListener}s.
 * <p>
 * Which of these features a call offers is reported by
 * {@link javax.telephony.callcenter.capabilities.CallCenterCallCapabilities}.
 */
public interface CallCenterCall extends Call {
    /** Answering treatment: when the call is answered by an endpoint of the wrong kind, connect it anyway. */
    int ANSWERING_TREATMENT_CONNECT = 3;

    /** Answering treatment: when the call is answered by an endpoint of the wrong kind, drop the call. */
    int ANSWERING_TREATMENT_DROP = 2;

    /** Answering treatment: the switch does not try to find out what kind of endpoint answered. */
    int ANSWERING_TREATMENT_NONE = 4;

    /** Answering treatment: do whatever the switch is configured to do by default. */
    int ANSWERING_TREATMENT_PROVIDER_DEFAULT = 1;

    /** Endpoint type: a call answered by an answering machine counts as reached. */
    int ENDPOINT_ANSWERING_MACHINE = 1;

    /** Endpoint type: a call answered by any kind of endpoint counts as reached. */
    int ENDPOINT_ANY = 4;

    /** Endpoint type: a call answered by a fax machine counts as reached. */
    int ENDPOINT_FAX_MACHINE = 2;

    /** Endpoint type: only a call answered by a person counts as reached. */
    int ENDPOINT_HUMAN_INTERVENTION = 3;

    /** The largest number of rings a predictive call may be given before it counts as unanswered. */
    int MAX_RINGS = 15;

    /** The smallest number of rings a predictive call may be given before it counts as unanswered. */
    int MIN_RINGS = 2;

    /**
     * Places a predictive call: rings {@code destination} first and joins the originating side only once
     * the destination has been reached.
     * <p>
     * The call is considered reached when the destination's {@link Connection} enters
     * {@code connectionState} and, if it is answered, the answering endpoint is of the kind
     * {@code endpointType}; the switch then connects it to {@code originatorAddress}. If the destination
     * has not been reached after {@code maxRings} rings, the call ends without ever disturbing the
     * originating side. If it is answered by an endpoint of another kind, {@code answeringTreatment} says
     * what happens.
     * <p>
     * Pre-conditions: this call is {@link Call#IDLE IDLE}; the Provider is
     * {@link javax.telephony.Provider#IN_SERVICE IN_SERVICE}; {@code originatorAddress} and (when given)
     * {@code originatorTerminal} belong to this call's Provider and to each other. The method blocks until
     * the switch has accepted the call, not until the destination answers. Post-conditions: the call is
     * {@link Call#ACTIVE ACTIVE}; the returned array holds the originating Connection at index 0 and the
     * destination Connection at index 1; the destination Connection is being set up
     * ({@link Connection#INPROGRESS INPROGRESS} or later, reported with
     * {@link CallCenterConnectionEvent#CALLCENT_CONNECTION_IN_PROGRESS}), while the originating Connection
     * is only connected once the destination has been reached. Later progress is reported by the ordinary
     * call and connection events.
     *
     * @param originatorTerminal the terminal of the originating side, or {@code null} when the originating
     *     address has no terminal (an ACD group, for example)
     * @param originatorAddress the address the call is connected to once the destination is reached
     * @param destination the number to call, in the form the switch dials
     * @param connectionState the destination state that counts as reached: {@link Connection#ALERTING} or
     *     {@link Connection#CONNECTED}
     * @param maxRings how many rings to wait for an answer, from {@link #MIN_RINGS} to {@link #MAX_RINGS}
     * @param answeringTreatment what to do when an endpoint of another kind answers: one of the
     *     {@code ANSWERING_TREATMENT_*} constants
     * @param endpointType which kind of answering endpoint counts as reached: one of the
     *     {@code ENDPOINT_*} constants
     * @return the originating and the destination {@link Connection}, in this order
     * @throws InvalidArgumentException if the terminal or address does not belong to this Provider or to
     *     each other, or {@code connectionState}, {@code maxRings}, {@code answeringTreatment} or
     *     {@code endpointType} has a value not listed above
     * @throws InvalidPartyException if the originating side cannot place the call or {@code destination}
     *     cannot be called
     * @throws InvalidStateException if the call is not idle or the Provider is not in service
     * @throws MethodNotSupportedException if the implementation does not support predictive calls
     * @throws PrivilegeViolationException if the application may not place predictive calls from this
     *     address
     * @throws ResourceUnavailableException if the switch lacks the resources for the call now
     */
    Connection[] connectPredictive(Terminal originatorTerminal, Address originatorAddress, String destination,
            int connectionState, int maxRings, int answeringTreatment, int endpointType)
            throws InvalidArgumentException, InvalidPartyException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Returns the application data currently attached to this call.
     *
     * @return the data last set with {@link #setApplicationData}, by this or another application, or
     *     {@code null} when none is attached
     * @throws MethodNotSupportedException if the implementation does not support application data
     */
    Object getApplicationData() throws MethodNotSupportedException;

    /**
     * Returns the trunks this call currently uses.
     *
     * @return the {@link CallCenterTrunk}s of the call, or {@code null} when it uses none or they are not
     *     known
     * @throws MethodNotSupportedException if the implementation does not report trunks
     */
    CallCenterTrunk[] getTrunks() throws MethodNotSupportedException;

    /**
     * Attaches application data to this call, replacing any data attached before.
     * <p>
     * Pre-conditions: the call is {@link Call#IDLE IDLE} or {@link Call#ACTIVE ACTIVE}. The method blocks
     * until the data has been stored with the call. Post-conditions: {@link #getApplicationData()} returns
     * {@code data} and every {@link CallCenterCallListener} of the call is told through
     * {@link CallCenterCallListener#applicationData} (observers through
     * {@link javax.telephony.callcenter.events.CallCentCallAppDataEv}).
     *
     * @param data the data to attach, or {@code null} to remove the current data
     * @throws InvalidArgumentException if the implementation cannot carry data of this type or size
     * @throws InvalidStateException if the call is {@link Call#INVALID INVALID}
     * @throws MethodNotSupportedException if the implementation does not support application data
     * @throws ResourceUnavailableException if the data cannot be stored now
     */
    void setApplicationData(Object data) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, ResourceUnavailableException;
}
