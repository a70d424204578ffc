package javax.telephony.mobile;

import javax.telephony.Address;
import javax.telephony.MethodNotSupportedException;

/**
 * The telephone number of a mobile subscription: an {@link Address} whose identity comes from the
 * subscription, usually held on the SIM card.
 * <p>
 * The address object lives as long as its {@link MobileProvider}, even though the subscription behind
 * it may come and go as a card is inserted or removed; such changes are reported to the provider's
 * {@link MobileProviderListener}s as state changes. The interface adds the subscriber identity and the
 * call waiting setting to the core address.
 */
public interface MobileAddress extends Address {
    /**
     * Tells whether call waiting is enabled for this subscription, that is whether a second incoming
     * call is announced during a call instead of being treated as busy. The setting is kept by the
     * network, so the method may block while it asks.
     *
     * @return {@code true} if call waiting is enabled
     * @throws MethodNotSupportedException if the implementation cannot query call waiting
     */
    boolean getCallWaiting() throws MethodNotSupportedException;

    /**
     * Returns the subscriber identity of this address, such as the IMSI (International Mobile Subscriber
     * Identity) of a GSM subscription.
     *
     * @return the subscription identifier, or {@code null} if the implementation does not provide it
     */
    String getSubscriptionId();

    /**
     * Enables or disables call waiting for this subscription. The setting is kept by the network, so the
     * method may block until the network confirms it; afterwards {@link #getCallWaiting()} returns the new
     * value.
     *
     * @param enabled {@code true} to announce a second incoming call during a call, {@code false} to
     *     treat it as busy
     * @throws MethodNotSupportedException if the implementation cannot change call waiting
     */
    void setCallWaiting(boolean enabled) throws MethodNotSupportedException;
}
