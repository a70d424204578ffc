package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/**
 * Tells which methods of {@link javax.telephony.callcenter.ACDManagerConnection} an implementation
 * supports.
 * <p>
 * As static capabilities, from {@link javax.telephony.Provider#getConnectionCapabilities()}, the answer
 * holds for ACD manager connections in general; as dynamic capabilities, from
 * {@link javax.telephony.Connection#getCapabilities()} of one such connection, it says what that
 * connection allows now.
 */
public interface ACDManagerConnectionCapabilities extends ConnectionCapabilities {
    /**
     * Tells whether the ACD group connections created by a manager can be listed.
     *
     * @return {@code true} if {@link javax.telephony.callcenter.ACDManagerConnection#getACDConnections()} is
     *     supported
     */
    boolean canGetACDConnections();
}
