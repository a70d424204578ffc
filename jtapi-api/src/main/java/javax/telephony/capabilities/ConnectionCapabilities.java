package javax.telephony.capabilities;

/**
 * Which core features of a {@link javax.telephony.Connection} an application can use.
 * <p>
 * The static capabilities, which hold for every connection of the provider, come from
 * {@link javax.telephony.Provider#getConnectionCapabilities()}; the dynamic ones, for one connection in
 * its current state, from {@link javax.telephony.Connection#getCapabilities()}. Extension packages extend
 * this interface, for example
 * {@code javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities}.
 */
public interface ConnectionCapabilities {
    /**
     * Tells whether the connection's Address can be removed from its call with
     * {@link javax.telephony.Connection#disconnect()}. Dynamically, this is {@code false} once the
     * connection is {@link javax.telephony.Connection#DISCONNECTED}.
     *
     * @return {@code true} if {@code disconnect} can be used
     */
    boolean canDisconnect();
}
