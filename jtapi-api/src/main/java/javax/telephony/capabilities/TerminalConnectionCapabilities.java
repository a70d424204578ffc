package javax.telephony.capabilities;

/**
 * Which core features of a {@link javax.telephony.TerminalConnection} an application can use.
 * <p>
 * The static capabilities, which hold for every terminal connection of the provider, come from
 * {@link javax.telephony.Provider#getTerminalConnectionCapabilities()}; the dynamic ones, for one
 * terminal connection in its current state, from
 * {@link javax.telephony.TerminalConnection#getCapabilities()}. Extension packages extend this
 * interface, for example
 * {@code javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities}.
 */
public interface TerminalConnectionCapabilities {
    /**
     * Tells whether the call can be answered at the terminal with
     * {@link javax.telephony.TerminalConnection#answer()}. Dynamically, this is normally {@code true}
     * only while the terminal connection is {@link javax.telephony.TerminalConnection#RINGING}.
     *
     * @return {@code true} if {@code answer} can be used
     */
    boolean canAnswer();
}
