package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/**
 * The part an {@link ACDManagerAddress} plays in a {@link javax.telephony.Call}: the manager has received
 * the call and is handing it to one of its ACD groups.
 * <p>
 * The implementation creates it when a call reaches the manager; it has no
 * {@link javax.telephony.TerminalConnection}s. It follows the ordinary {@link Connection} states:
 * {@link Connection#ALERTING ALERTING} while the manager holds the call, {@link Connection#DISCONNECTED
 * DISCONNECTED} once the call has left the manager, {@link Connection#FAILED FAILED} when the manager
 * could not place the call in any group. For each group the manager passes the call to, the call gets
 * an {@link ACDConnection}; the changes are reported by the usual
 * {@link javax.telephony.ConnectionEvent}s.
 */
public interface ACDManagerConnection extends Connection {
    /**
     * Returns the connections of the same call at the ACD groups this manager passed it to.
     *
     * @return the {@link ACDConnection}s created by this manager for the call, or {@code null} when the
     *     call has not reached a group yet
     * @throws MethodNotSupportedException if the implementation does not model ACD managers
     */
    ACDConnection[] getACDConnections() throws MethodNotSupportedException;
}
