package javax.telephony.mobile;

import javax.telephony.ProviderListener;

/**
 * Receives the changes of a {@link MobileProvider}: the core service-state changes, entry into
 * restricted (emergency-only) service, and changes of the current network.
 * <p>
 * An application registers it like any provider listener, with
 * {@link javax.telephony.Provider#addProviderListener(ProviderListener)}. The core methods inherited from
 * {@link ProviderListener} receive {@link MobileProviderEvent}s, so that their
 * {@link MobileProviderEvent#getMobileStateCause()} can be read. Events arrive one at a time, in the order
 * the changes happened; methods should return quickly.
 */
public interface MobileProviderListener extends ProviderListener {
    /**
     * Called when the network the device is registered with changed, or the device lost its network.
     *
     * @param event the event, with ID {@link MobileProviderEvent#MOBILEPROVIDER_NETWORK_CHANGE} or
     *     {@link MobileProviderEvent#MOBILEPROVIDER_NO_NETWORK}
     */
    void networkChanged(MobileProviderEvent event);

    /**
     * Called when the provider entered {@link MobileProvider#RESTRICTED_SERVICE}: only emergency calls are
     * possible from now on. The core state in this mobile state is {@code IN_SERVICE}: coming from full
     * service this is the only event reported; coming from {@code OUT_OF_SERVICE},
     * {@link ProviderListener#providerInService(javax.telephony.ProviderEvent)} is reported as well.
     *
     * @param event the event, with ID {@link MobileProviderEvent#PROVIDER_RESTRICTED_SERVICE} and the
     *     reason in {@link MobileProviderEvent#getMobileStateCause()}
     */
    void serviceRestricted(MobileProviderEvent event);
}
