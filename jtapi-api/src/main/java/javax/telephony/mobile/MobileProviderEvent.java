package javax.telephony.mobile;

import javax.telephony.ProviderEvent;

/**
 * Reports a change of a {@link MobileProvider} to a {@link MobileProviderListener}: a change of its
 * service state or of the network it uses.
 * <p>
 * {@link #getID()} is one of the core provider event IDs ({@code ProviderEvent.PROVIDER_*}) or one of the
 * IDs declared here: {@link #PROVIDER_RESTRICTED_SERVICE}, {@link #MOBILEPROVIDER_NETWORK_CHANGE} and
 * {@link #MOBILEPROVIDER_NO_NETWORK}. {@link #getMobileStateCause()} tells why the state is what it is;
 * the cause always fits the mobile state reached:
 * <ul>
 *   <li>{@code IN_SERVICE}: {@link #CAUSE_NORMAL};</li>
 *   <li>{@code RESTRICTED_SERVICE}: {@link #CAUSE_FORBIDDEN}, {@link #CAUSE_FORBIDDEN_ZONE},
 *   {@link #CAUSE_NETWORK_NOT_SELECTED}, {@link #CAUSE_SUSBCRIPTION_ERROR}, {@link #CAUSE_SEARCHING} or
 *   {@link #CAUSE_ILLEGAL_MOBILE};</li>
 *   <li>{@code OUT_OF_SERVICE}: {@link #CAUSE_RADIO_OFF}, {@link #CAUSE_NO_NETWORK},
 *   {@link #CAUSE_SUSBCRIPTION_ERROR} or {@link #CAUSE_UNKNOWN};</li>
 *   <li>{@code SHUTDOWN}: {@link #CAUSE_NORMAL}.</li>
 * </ul>
 * The {@code CAUSE_*} values here are mobile state causes, a separate range from the core causes of
 * {@link #getCause()}.
 */
public interface MobileProviderEvent extends ProviderEvent {
    /**
     * Mobile state cause: service is restricted because the network the device found may not be used
     * with this subscription; only emergency calls are possible.
     */
    int CAUSE_FORBIDDEN = 1;

    /**
     * Mobile state cause: service is restricted because the device is in an area (location or regional
     * zone) where the subscription may not be used; only emergency calls are possible.
     */
    int CAUSE_FORBIDDEN_ZONE = 2;

    /**
     * Mobile state cause: the network refuses normal service to this device's equipment identity, for
     * example because the device is reported stolen or faulty; only emergency calls are possible.
     */
    int CAUSE_ILLEGAL_MOBILE = 8;

    /**
     * Mobile state cause: networks are in reach but none is selected, for example in manual selection
     * mode before the user has chosen one.
     */
    int CAUSE_NETWORK_NOT_SELECTED = 6;

    /** Mobile state cause: nothing out of the ordinary; used with full service and with shutdown. */
    int CAUSE_NORMAL = 0;

    /** Mobile state cause: no cellular network is in reach of the device. */
    int CAUSE_NO_NETWORK = 5;

    /** Mobile state cause: the radio is switched off (see {@link MobileRadio}). */
    int CAUSE_RADIO_OFF = 4;

    /** Mobile state cause: the device is searching for a network to register with. */
    int CAUSE_SEARCHING = 7;

    /**
     * Mobile state cause: something is wrong with the subscription, for example the SIM card is missing
     * or its PIN has not been entered correctly. (The misspelt name is part of the API.)
     */
    int CAUSE_SUSBCRIPTION_ERROR = 3;

    /** Mobile state cause: the reason is not known or is none of the other causes. */
    int CAUSE_UNKNOWN = 153;

    /**
     * Event ID: the current network changed, for example after a hand-over while roaming or after
     * {@link MobileProvider#setNetwork(MobileNetwork)}. Delivered to
     * {@link MobileProviderListener#networkChanged(MobileProviderEvent)}; the new network is
     * {@link MobileProvider#getCurrentNetwork()}.
     */
    int MOBILEPROVIDER_NETWORK_CHANGE = 3;

    /**
     * Event ID: the device has lost its network and is registered with none. The listener interface has
     * no method of its own for it: it is delivered to
     * {@link MobileProviderListener#networkChanged(MobileProviderEvent)}, after which
     * {@link MobileProvider#getCurrentNetwork()} returns {@code null}.
     */
    int MOBILEPROVIDER_NO_NETWORK = 8;

    /**
     * Event ID: the provider entered the mobile state {@link MobileProvider#RESTRICTED_SERVICE}.
     * Delivered to {@link MobileProviderListener#serviceRestricted(MobileProviderEvent)};
     * {@link #getMobileStateCause()} says why.
     */
    int PROVIDER_RESTRICTED_SERVICE = 257;

    /**
     * Returns the provider this event is about; the same object as {@link #getProvider()}.
     *
     * @return the mobile provider
     */
    MobileProvider getMobileProvider();

    /**
     * Returns why the provider is in the mobile state it reached with this event.
     *
     * @return one of the {@code CAUSE_*} constants of this interface
     */
    int getMobileStateCause();
}
