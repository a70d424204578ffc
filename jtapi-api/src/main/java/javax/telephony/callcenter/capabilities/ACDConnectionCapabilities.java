package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/**
 * Tells which methods of {@link javax.telephony.callcenter.ACDConnection} an implementation supports.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getConnectionCapabilities()}, the answer
 * holds for ACD connections in general; as dynamic capabilities, from
 * {@link javax.telephony.Connection#getCapabilities()} of one ACD connection, it says what that connection
 * allows now.
 */
public interface ACDConnectionCapabilities extends ConnectionCapabilities {
    /**
     * Tells whether the ACD manager's connection of the call can be obtained.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDConnection#getACDManagerConnection()} is
     *     supported
     */
    boolean canGetACDManagerConnection();
}
