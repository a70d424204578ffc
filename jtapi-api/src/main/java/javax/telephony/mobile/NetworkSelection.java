package javax.telephony.mobile;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/**
 * A {@link MobileProvider} that lets the application control how the device chooses its network and
 * read the network lists that guide that choice.
 * <p>
 * Networks are chosen either by hand, with {@link MobileProvider#setNetwork(MobileNetwork)} (manual
 * mode), or by one of the automatic modes the implementation offers ({@link #getSelectionModes()}),
 * whose names depend on the kind of network: a GSM device may offer {@code "AUTOMATIC"}, a CDMA device
 * modes such as {@code "PREFERRED"} or {@code "HOME"}. Automatic modes use the lists of preferred and
 * forbidden networks kept for the subscription. An implementation provides this interface by having
 * its provider implement it; applications test with {@code instanceof NetworkSelection}.
 */
public interface NetworkSelection extends MobileProvider {
    /**
     * Returns the automatic selection mode in use.
     *
     * @return the name of the current mode, one of {@link #getSelectionModes()}, or {@code null} in
     *     manual mode (after {@link MobileProvider#setNetwork(MobileNetwork)} or
     *     {@code setSelectionMode(null)})
     * @throws MethodNotSupportedException if the implementation does not support network selection
     */
    String getCurrentSelectionMode() throws MethodNotSupportedException;

    /**
     * Returns the networks the subscription must not use, for example because the home operator has no
     * roaming agreement with them. The list may change at any time.
     *
     * @return the forbidden networks; empty if there are none
     * @throws MethodNotSupportedException if the implementation cannot read the list
     * @throws ResourceUnavailableException if the list cannot be read right now, for example while no SIM
     *     card is inserted
     */
    MobileNetwork[] getForbiddenNetworks() throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Returns the networks to prefer over others when roaming, in order of preference. The list may
     * change at any time.
     *
     * @return the preferred networks; empty if there are none
     * @throws MethodNotSupportedException if the implementation cannot read the list
     * @throws ResourceUnavailableException if the list cannot be read right now, for example while no SIM
     *     card is inserted
     */
    MobileNetwork[] getPreferredNetworks() throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Returns the names of the automatic selection modes the implementation offers. Manual mode is not
     * among them.
     *
     * @return the automatic mode names, or {@code null} if only manual selection is possible
     * @throws MethodNotSupportedException if the implementation does not support network selection
     */
    String[] getSelectionModes() throws MethodNotSupportedException;

    /**
     * Switches to the given automatic selection mode, or to manual mode with {@code null}. In manual mode
     * the device keeps the network it has until {@link MobileProvider#setNetwork(MobileNetwork)} chooses
     * another. If the change makes the device register with another network,
     * {@link MobileProviderEvent#MOBILEPROVIDER_NETWORK_CHANGE} follows.
     *
     * @param mode one of the names returned by {@link #getSelectionModes()}, or {@code null} for manual
     *     mode
     * @throws InvalidArgumentException if the mode is not one of {@link #getSelectionModes()}
     * @throws InvalidStateException if the mode cannot be changed in the current state, for example while
     *     a call is in progress
     * @throws MethodNotSupportedException if the implementation does not allow changing the mode
     */
    void setSelectionMode(String mode) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;
}
