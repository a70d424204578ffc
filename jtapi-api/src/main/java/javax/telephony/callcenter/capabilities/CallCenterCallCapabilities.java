package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.CallCapabilities;

/**
 * Tells which features of {@link javax.telephony.callcenter.CallCenterCall} an implementation supports.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getCallCapabilities()}, the answers hold for
 * calls in general; as dynamic capabilities, from
 * {@link javax.telephony.Call#getCapabilities(javax.telephony.Terminal, javax.telephony.Address)} of one
 * call, they say what that call allows now. A {@code false} answer means the method would throw
 * {@link javax.telephony.MethodNotSupportedException} (or, for a dynamic answer, may be refused in the
 * call's current state).
 */
public interface CallCenterCallCapabilities extends CallCapabilities {
    /**
     * Tells whether predictive calls can be placed.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.CallCenterCall#connectPredictive} is
     *     supported
     */
    boolean canConnectPredictive();

    /**
     * Tells whether the trunks of a call can be obtained.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.CallCenterCall#getTrunks()} is supported
     */
    boolean canGetTrunks();

    /**
     * Tells whether application data can be attached to a call and read back.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.CallCenterCall#setApplicationData} and
     *     {@link javax.telephony.callcenter.CallCenterCall#getApplicationData()} are supported
     */
    boolean canHandleApplicationData();
}
