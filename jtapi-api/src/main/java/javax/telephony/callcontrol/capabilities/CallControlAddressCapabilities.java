package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Which {@link javax.telephony.callcontrol.CallControlAddress} features an application can use. The
 * static capabilities, valid for every address, come from
 * {@link javax.telephony.Provider#getAddressCapabilities()}; the dynamic ones, for one address as it is
 * now, from {@link javax.telephony.Address#getCapabilities()}. A {@code true} answer means the method may
 * succeed, not that it will; {@code false} means it cannot.
 */
public interface CallControlAddressCapabilities extends AddressCapabilities {
    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlAddress#cancelForwarding()} can be used.
     *
     * @return {@code true} if forwarding can be cancelled
     */
    boolean canCancelForwarding();

    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlAddress#getDoNotDisturb()} can report the
     * setting.
     *
     * @return {@code true} if the do-not-disturb setting can be read
     */
    boolean canGetDoNotDisturb();

    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlAddress#getForwarding()} can report the
     * forwarding instructions.
     *
     * @return {@code true} if forwarding can be read
     */
    boolean canGetForwarding();

    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlAddress#getMessageWaiting()} can report
     * the indicator.
     *
     * @return {@code true} if the message-waiting indicator can be read
     */
    boolean canGetMessageWaiting();

    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlAddress#setDoNotDisturb(boolean)} can be
     * used.
     *
     * @return {@code true} if the do-not-disturb setting can be changed
     */
    boolean canSetDoNotDisturb();

    /**
     * Tells whether forwarding instructions can be set with
     * {@link javax.telephony.callcontrol.CallControlAddress#setForwarding}.
     *
     * @return {@code true} if forwarding can be changed
     */
    boolean canSetForwarding();

    /**
     * Tells whether {@link javax.telephony.callcontrol.CallControlAddress#setMessageWaiting(boolean)} can be
     * used.
     *
     * @return {@code true} if the message-waiting indicator can be changed
     */
    boolean canSetMessageWaiting();
}
