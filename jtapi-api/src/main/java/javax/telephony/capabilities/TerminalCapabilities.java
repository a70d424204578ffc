package javax.telephony.capabilities;

/**
 * Which core features of a {@link javax.telephony.Terminal} an application can use.
 * <p>
 * The static capabilities, which hold for every terminal of the provider, come from
 * {@link javax.telephony.Provider#getTerminalCapabilities()}; the dynamic ones, for one terminal in its
 * current state, from {@link javax.telephony.Terminal#getCapabilities()}. Extension packages extend this
 * interface, for example {@code javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities}.
 */
public interface TerminalCapabilities {
    /**
     * Tells whether the terminal can be observed: whether
     * {@link javax.telephony.Terminal#addTerminalListener(javax.telephony.TerminalListener)} and
     * {@link javax.telephony.Terminal#addObserver(javax.telephony.TerminalObserver)} are supported.
     *
     * @return {@code true} if the application can listen to or observe the terminal
     */
    boolean isObservable();
}
