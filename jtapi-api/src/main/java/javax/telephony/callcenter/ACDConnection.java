package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/**
 * The part an {@link ACDAddress} plays in a {@link javax.telephony.Call}: the call is waiting in, or
 * being offered by, that ACD group.
 * <p>
 * The implementation creates an ACDConnection when a call reaches an ACD group; the application never
 * creates one. Because an ACD group has no telephones, an ACDConnection has no
 * {@link javax.telephony.TerminalConnection}s. Its life is the ordinary {@link Connection} life, with
 * this meaning:
 * <ul>
 * <li>{@link Connection#IDLE IDLE} or {@link Connection#INPROGRESS INPROGRESS}: the call is on its way
 *     to the group;</li>
 * <li>{@link Connection#ALERTING ALERTING}: the call is queued at the group, waiting for an agent (the
 *     call-control state is {@link javax.telephony.callcontrol.CallControlConnection#QUEUED QUEUED} where
 *     the implementation offers call control);</li>
 * <li>{@link Connection#DISCONNECTED DISCONNECTED}: the call left the group, because it was delivered to
 *     an agent, redirected elsewhere or abandoned by the caller;</li>
 * <li>{@link Connection#FAILED FAILED}: the group could not accept the call, for example because its
 *     queue was full;</li>
 * <li>{@link Connection#UNKNOWN UNKNOWN}: the implementation does not know where the call stands.</li>
 * </ul>
 * The changes are reported to the call's listeners by the usual {@link javax.telephony.ConnectionEvent}s.
 * When an {@link ACDManagerAddress} passed the call to this group, the manager's part in the same call is
 * an {@link ACDManagerConnection}.
 */
public interface ACDConnection extends Connection {
    /**
     * Returns the connection of the ACD manager that passed this call to the group.
     *
     * @return the {@link ACDManagerConnection} of the same call, or {@code null} when the call reached the
     *     group without going through an ACD manager
     * @throws MethodNotSupportedException if the implementation does not model ACD managers
     */
    ACDManagerConnection getACDManagerConnection() throws MethodNotSupportedException;
}
