package javax.telephony.capabilities;

/**
 * Which core features of a {@link javax.telephony.Provider} an application can use.
 * <p>
 * The static capabilities come from {@link javax.telephony.Provider#getProviderCapabilities()}, the
 * dynamic ones, which reflect the provider's current state, from
 * {@link javax.telephony.Provider#getCapabilities()}. Extension packages extend this interface, for
 * example {@code javax.telephony.callcenter.capabilities.CallCenterProviderCapabilities}.
 */
public interface ProviderCapabilities {
    /**
     * Tells whether the provider can be observed: whether
     * {@link javax.telephony.Provider#addProviderListener(javax.telephony.ProviderListener)} and
     * {@link javax.telephony.Provider#addObserver(javax.telephony.ProviderObserver)} are supported.
     *
     * @return {@code true} if the application can listen to or observe the provider
     */
    boolean isObservable();
}
