package javax.telephony.capabilities;

/**
 * Which core features of an {@link javax.telephony.Address} an application can use.
 * <p>
 * The static capabilities, which hold for every address of the provider, come from
 * {@link javax.telephony.Provider#getAddressCapabilities()}; the dynamic ones, for one address in its
 * current state, from {@link javax.telephony.Address#getCapabilities()}. Extension packages extend this
 * interface, for example {@code javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities}.
 */
public interface AddressCapabilities {
    /**
     * Tells whether the address can be observed: whether
     * {@link javax.telephony.Address#addAddressListener(javax.telephony.AddressListener)} and
     * {@link javax.telephony.Address#addObserver(javax.telephony.AddressObserver)} are supported.
     *
     * @return {@code true} if the application can listen to or observe the address
     */
    boolean isObservable();
}
