package javax.telephony.capabilities;

/**
 * Which core features of a {@link javax.telephony.Call} an application can use.
 * <p>
 * The static capabilities, which hold for every call of the provider, come from
 * {@link javax.telephony.Provider#getCallCapabilities()}. The dynamic ones come from
 * {@link javax.telephony.Call#getCapabilities(javax.telephony.Terminal, javax.telephony.Address)}: they
 * describe what the application can do with one call in its current state, acting through the given
 * Terminal and Address. Extension packages extend this interface, for example
 * {@code javax.telephony.callcontrol.capabilities.CallControlCallCapabilities}.
 */
public interface CallCapabilities {
    /**
     * Tells whether a call can be placed with
     * {@link javax.telephony.Call#connect(javax.telephony.Terminal, javax.telephony.Address, String)}.
     * Dynamically, this is normally {@code true} only while the call is
     * {@link javax.telephony.Call#IDLE}.
     *
     * @return {@code true} if {@code connect} can be used
     */
    boolean canConnect();

    /**
     * Tells whether the call can be observed: whether
     * {@link javax.telephony.Call#addCallListener(javax.telephony.CallListener)} and
     * {@link javax.telephony.Call#addObserver(javax.telephony.CallObserver)} are supported.
     *
     * @return {@code true} if the application can listen to or observe the call
     */
    boolean isObservable();
}
