package javax.telephony;

/**
 * One vendor's JTAPI implementation, as seen by an application: the object that hands out
 * {@link Provider}s.
 * <p>
 * Every implementation ships a public class implementing this interface with a public no-argument
 * constructor; applications obtain an instance by class name from
 * {@link JtapiPeerFactory#getJtapiPeer(String)} and never refer to the class directly, so that they can
 * switch implementations by configuration.
 * <p>
 * An implementation offers one or more <em>services</em> ({@link #getServices()}), for example one per
 * switch or per kind of network it can reach. The application picks one, with its arguments, in the
 * <em>provider string</em> given to {@link #getProvider(String)}:
 * <pre>{@code
 * <service>;key1=value1;key2=value2 ...
 * }</pre>
 * The service comes first and is required; the optional {@code key=value} arguments follow, each after a
 * semicolon. Two keys have the same meaning everywhere: {@code login}, the user name the provider logs in
 * with, and {@code passwd}, its password. All other keys are defined by the implementation. Vendors
 * differ in what a service is: Cisco's is the list of CTI managers (for example
 * {@code "cti1,cti2;login=app;passwd=secret"}), Avaya's a TLINK name.
 *
 * @see JtapiPeerFactory
 * @see Provider
 */
public interface JtapiPeer {
    /**
     * Returns the name of this peer: the name an application passes to
     * {@link JtapiPeerFactory#getJtapiPeer(String)} to obtain it, normally the fully-qualified name of
     * its class.
     *
     * @return the peer's name; never {@code null}
     */
    String getName();

    /**
     * Creates a provider for the service and arguments named in a provider string and starts connecting it
     * to the telephony system.
     * <p>
     * The string has the form {@code <service>;key=value;...} described in {@link JtapiPeer}; the
     * standard keys {@code login} and {@code passwd} carry the credentials. A {@code null} string asks for
     * the implementation's default service, with its default arguments.
     * <p>
     * The method may block while it reaches the telephony system and checks the arguments; it returns a
     * new provider for every call. Post-condition: the returned provider is
     * {@link Provider#OUT_OF_SERVICE}; it moves to {@link Provider#IN_SERVICE} by itself as soon as it is
     * ready, reported by {@link ProviderEvent#PROVIDER_IN_SERVICE} (observers: a
     * {@link javax.telephony.events.ProvInServiceEv}). Applications therefore add their provider listener
     * or observer and then read {@link Provider#getState()} before they use the provider.
     *
     * @param providerString the service and its arguments, or {@code null} for the default service
     * @return a new provider; never {@code null}
     * @throws ProviderUnavailableException if no provider can be created; {@code getReason()} tells why:
     *     {@link ProviderUnavailableException#CAUSE_INVALID_SERVICE} if the service is not offered by this
     *     peer, {@link ProviderUnavailableException#CAUSE_INVALID_ARGUMENT} if the string or one of its
     *     arguments is malformed or not accepted (including rejected credentials),
     *     {@link ProviderUnavailableException#CAUSE_NOT_IN_SERVICE} if the telephony system cannot be
     *     reached, {@link ProviderUnavailableException#CAUSE_UNKNOWN} otherwise. The message never contains
     *     the password.
     */
    Provider getProvider(String providerString) throws ProviderUnavailableException;

    /**
     * Returns the services this implementation offers; each is a valid first part of a provider string
     * for {@link #getProvider(String)}.
     *
     * @return the service names, or {@code null} if the implementation offers none
     */
    String[] getServices();
}
