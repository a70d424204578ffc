package javax.telephony.mobile;

import java.util.Date;
import java.util.TimeZone;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;

/**
 * A {@link Provider} for a wireless (cellular) device: the software that gives applications the
 * telephony of a mobile phone or of a computer with a cellular modem.
 * <p>
 * Besides the core features it tells which network the device is registered with
 * ({@link #getCurrentNetwork()}), which subscription's home network that is
 * ({@link #getHomeNetwork()}), whether the device is roaming, which networks are in reach, and lets the
 * application choose a network by hand. {@link NetworkSelection}, a sub-interface, adds selection modes
 * and the preferred and forbidden network lists.
 * <h2>States</h2>
 * A cellular network can serve a device only for emergency calls, for example when the subscription
 * (SIM) is missing or invalid or the network is forbidden to it. The mobile state
 * ({@link #getMobileState()}) adds {@link #RESTRICTED_SERVICE} to the core states for this:
 * <ul>
 *   <li>{@link Provider#IN_SERVICE}: full service in a network;</li>
 *   <li>{@link #RESTRICTED_SERVICE}: only emergency calls (the core state is {@code IN_SERVICE});
 *   local features that need no network still work;</li>
 *   <li>{@link Provider#OUT_OF_SERVICE}: no service at all, for example with the radio off or no network
 *   in reach;</li>
 *   <li>{@link Provider#SHUTDOWN}: the provider has been shut down for good.</li>
 * </ul>
 * Each mobile state corresponds to exactly one core state, so an application may look at either and
 * see a consistent picture. The first three states may follow each other in any order as the radio,
 * the network and the subscription change; {@code SHUTDOWN} is final. The cause of each change is told
 * by {@link MobileProviderEvent#getMobileStateCause()}.
 * <h2>Events</h2>
 * A provider listener that implements {@link MobileProviderListener}, added with
 * {@link Provider#addProviderListener(javax.telephony.ProviderListener)}, receives the core provider
 * events as {@link MobileProviderEvent}s and, in addition, a call of
 * {@link MobileProviderListener#serviceRestricted(MobileProviderEvent)} on entering
 * {@code RESTRICTED_SERVICE} and of {@link MobileProviderListener#networkChanged(MobileProviderEvent)}
 * when the current network changes.
 */
public interface MobileProvider extends Provider {
    /**
     * Mobile state: the network serves the device for emergency calls only, because of a missing or
     * invalid subscription, a missing PIN, or a network or area the subscription may not use. The core
     * state ({@link Provider#getState()}) is {@link Provider#IN_SERVICE} meanwhile.
     */
    int RESTRICTED_SERVICE = 19;

    /**
     * Cancels a network search that another thread started with {@link #getAvailableNetworks(boolean)}
     * and is still waiting for. The waiting call then ends with a {@link ResourceUnavailableException}.
     *
     * @throws InvalidStateException if no search is in progress or the search can no longer be cancelled
     * @throws MethodNotSupportedException if the implementation cannot cancel a search
     */
    void cancelAvailableNetworkRequest() throws InvalidStateException, MethodNotSupportedException;

    /**
     * Returns the networks within reach of the device.
     * <p>
     * With {@code fullSearch} the radio scans for networks now; this blocks the caller, often for tens
     * of seconds, and can be cut short with {@link #cancelAvailableNetworkRequest()}. Without it the
     * result of the last search is returned at once. Whether each network may be used is told by
     * {@link MobileNetwork#isRestricted()} where the implementation knows it.
     *
     * @param fullSearch {@code true} to scan now, {@code false} for the result of the previous search
     * @return the networks found; empty if there are none
     * @throws InvalidStateException if a search is not possible in the current state, for example while a
     *     call is in progress or the radio is off
     * @throws MethodNotSupportedException if the implementation cannot list networks
     * @throws ResourceUnavailableException if the search could not be done or finished (for example it was
     *     cancelled), or no previous result is available
     */
    MobileNetwork[] getAvailableNetworks(boolean fullSearch) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Returns the network the device is registered with, through which its calls go.
     *
     * @return the current network, or {@code null} if the device is registered with none
     */
    MobileNetwork getCurrentNetwork();

    /**
     * Returns the network the subscription belongs to. The answer usually comes from the SIM card and
     * so may be unavailable at times, for example while no card is inserted.
     *
     * @return the home network
     * @throws MethodNotSupportedException if the implementation cannot tell the home network
     * @throws ResourceUnavailableException if the information is not available right now
     */
    MobileNetwork getHomeNetwork() throws MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Returns the provider's mobile state, which refines the core state returned by
     * {@link Provider#getState()}.
     *
     * @return {@link Provider#IN_SERVICE}, {@link #RESTRICTED_SERVICE}, {@link Provider#OUT_OF_SERVICE}
     *     or {@link Provider#SHUTDOWN}
     */
    int getMobileState();

    /**
     * Returns the current date and time as the network reports it.
     *
     * @return the network time
     * @throws MethodNotSupportedException if the implementation or the network does not provide the time
     */
    Date getNetworkTime() throws MethodNotSupportedException;

    /**
     * Returns the time zone the network reports for the device's location.
     *
     * @return the network time zone
     * @throws MethodNotSupportedException if the implementation or the network does not provide the time
     *     zone
     */
    TimeZone getNetworkTimeZone() throws MethodNotSupportedException;

    /**
     * Returns the kind of wireless network the device works with, as a name chosen by the
     * implementation, for example {@code "GSM"}, {@code "CDMA"} or {@code "UMTS"}.
     *
     * @return the air interface type
     */
    String getType();

    /**
     * Tells whether the device is roaming, that is registered with a network other than its home
     * network.
     *
     * @return {@code true} if roaming
     * @throws InvalidStateException if the roaming status cannot be known in the current state, for
     *     example with the radio off or no network registered
     * @throws MethodNotSupportedException if the implementation cannot tell the roaming status
     */
    boolean isRoaming() throws InvalidStateException, MethodNotSupportedException;

    /**
     * Chooses the network to register with, by hand. This switches network selection to manual mode
     * (see {@link NetworkSelection}). If the network is available it becomes the current network and a
     * {@link MobileProviderEvent#MOBILEPROVIDER_NETWORK_CHANGE} event follows.
     *
     * @param network the network to use, as returned by this provider
     * @throws InvalidStateException if the network cannot be changed in the current state, for example
     *     while a call is in progress or the radio is off
     * @throws MethodNotSupportedException if the implementation does not allow choosing a network
     * @throws ResourceUnavailableException if a resource needed to change the network is not available
     */
    void setNetwork(MobileNetwork network) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;
}
