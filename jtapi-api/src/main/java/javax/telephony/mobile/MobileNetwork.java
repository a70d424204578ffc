package javax.telephony.mobile;

/**
 * A cellular network (an operator's public land mobile network) as a {@link MobileProvider} sees it.
 * <p>
 * Network objects come from the provider: {@link MobileProvider#getCurrentNetwork()},
 * {@link MobileProvider#getHomeNetwork()}, {@link MobileProvider#getAvailableNetworks(boolean)} and the
 * lists of {@link NetworkSelection}. A network is <em>available</em> when the device can reach one of its
 * cells and the network offers it at least emergency service, <em>current</em> when the device is
 * registered with it, and the <em>home</em> network when the subscription belongs to it. The flags below
 * describe the network at the time of the call and may change.
 */
public interface MobileNetwork {
    /**
     * Returns the network's identifying code, for example the country and network codes
     * ({@code MCC-MNC}) in GSM or the system and network identifiers ({@code SID-NID}) in CDMA.
     *
     * @return the network code
     */
    String getCode();

    /**
     * Returns the names of the network, shortest first and the others in order of increasing length, for
     * example {@code "tl"}, {@code "tele"}, {@code "telecom"}.
     *
     * @return the network's names, or {@code null} if none is known
     */
    String[] getNames();

    /**
     * Tells whether the network is in reach of the device at present.
     *
     * @return {@code true} if the network is available
     */
    boolean isAvailable();

    /**
     * Tells whether the device is registered with this network; the same as comparing it with
     * {@link MobileProvider#getCurrentNetwork()}.
     *
     * @return {@code true} if this is the current network
     */
    boolean isCurrent();

    /**
     * Tells whether the network offers this device restricted (emergency-only) service at present, for
     * example because it is forbidden to the subscription.
     *
     * @return {@code true} if service in this network is restricted
     */
    boolean isRestricted();
}
