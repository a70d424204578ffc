package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/**
 * Which {@link javax.telephony.callcontrol.CallControlConnection} features an application can use. The
 * static capabilities, valid for every Connection, come from
 * {@link javax.telephony.Provider#getConnectionCapabilities()}; the dynamic ones, for one Connection in its
 * current state, from {@link javax.telephony.Connection#getCapabilities()} (so, for example,
 * {@link #canAccept()} is dynamically {@code true} only while the Connection is offered). A {@code true}
 * answer means the method may succeed, not that it will; {@code false} means it cannot.
 */
public interface CallControlConnectionCapabilities extends ConnectionCapabilities {
    /**
     * Tells whether an offered call can be accepted with
     * {@link javax.telephony.callcontrol.CallControlConnection#accept()}.
     *
     * @return {@code true} if {@code accept} can be used
     */
    boolean canAccept();

    /**
     * Tells whether digits can be dialed one by one with
     * {@link javax.telephony.callcontrol.CallControlConnection#addToAddress(String)}.
     *
     * @return {@code true} if {@code addToAddress} can be used
     */
    boolean canAddToAddress();

    /**
     * Tells whether the call can be parked with
     * {@link javax.telephony.callcontrol.CallControlConnection#park(String)}.
     *
     * @return {@code true} if {@code park} can be used
     */
    boolean canPark();

    /**
     * Tells whether an unanswered call can be redirected with
     * {@link javax.telephony.callcontrol.CallControlConnection#redirect(String)}.
     *
     * @return {@code true} if {@code redirect} can be used
     */
    boolean canRedirect();

    /**
     * Tells whether an offered call can be rejected with
     * {@link javax.telephony.callcontrol.CallControlConnection#reject()}.
     *
     * @return {@code true} if {@code reject} can be used
     */
    boolean canReject();
}
