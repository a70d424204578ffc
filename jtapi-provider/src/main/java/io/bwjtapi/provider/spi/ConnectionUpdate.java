package io.bwjtapi.provider.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The state of one party (address) in a call, as part of a {@link CallUpdate}.
 * <p>
 * A party is <em>local</em> when its address is a monitored user of the provider's domain (named by
 * {@link DeviceInfo#address()} or one of its aliases), <em>remote</em> otherwise (an outside number, an
 * unmonitored user). The JTAPI layer resolves the name against the domain: a name or alias of a monitored
 * user always means that user's address, whatever the flag says. Only local parties have terminal updates. The optional
 * handle is the switch's own
 * reference for this party's call half (for BroadWorks the user's {@code callId}); the JTAPI layer keeps it
 * and passes it back in {@link ConnectionRef#handle()} with every command on this connection.
 * Instances are immutable; the {@code with*} methods return modified copies.
 */
public final class ConnectionUpdate {
    private final String address;
    private final boolean local;
    private final String handle;
    private final ConnectionState state;
    private final SwitchCause cause;
    private final List<TerminalUpdate> terminals;

    private ConnectionUpdate(String address, boolean local, String handle, ConnectionState state, SwitchCause cause,
            List<TerminalUpdate> terminals) {
        this.address = SpiChecks.name(address, "address");
        this.local = local;
        this.handle = handle;
        this.state = Objects.requireNonNull(state, "state");
        this.cause = Objects.requireNonNull(cause, "cause");
        this.terminals = SpiChecks.list(terminals, "terminals");
    }

    /**
     * @param address the monitored user's address name (or alias)
     * @param state the connection's state
     * @param terminals the states of the user's terminals in this connection
     * @return the update of a local party, cause {@link SwitchCause#NORMAL}
     */
    public static ConnectionUpdate local(String address, ConnectionState state, TerminalUpdate... terminals) {
        return new ConnectionUpdate(address, true, null, state, SwitchCause.NORMAL, Arrays.asList(terminals));
    }

    /**
     * @param address the remote party's address as BroadWorks reports it (number, URI)
     * @param state the connection's state
     * @return the update of a remote party, cause {@link SwitchCause#NORMAL}
     */
    public static ConnectionUpdate remote(String address, ConnectionState state) {
        return new ConnectionUpdate(address, false, null, state, SwitchCause.NORMAL, List.of());
    }

    /**
     * @param newCause why the party reached this state
     * @return a copy with that cause
     */
    public ConnectionUpdate withCause(SwitchCause newCause) {
        return new ConnectionUpdate(address, local, handle, state, newCause, terminals);
    }

    /**
     * @param newHandle the switch's reference for this party's call half; may be {@code null}
     * @return a copy with that handle
     */
    public ConnectionUpdate withHandle(String newHandle) {
        return new ConnectionUpdate(address, local, newHandle, state, cause, terminals);
    }

    /**
     * @param terminal one more terminal state
     * @return a copy with the terminal added
     */
    public ConnectionUpdate withTerminal(TerminalUpdate terminal) {
        List<TerminalUpdate> more = new ArrayList<>(terminals);
        more.add(terminal);
        return new ConnectionUpdate(address, local, handle, state, cause, more);
    }

    /** @return the address name */
    public String address() {
        return address;
    }

    /** @return whether the address is a monitored user of the domain */
    public boolean local() {
        return local;
    }

    /** @return the switch's reference for the call half, or {@code null} */
    public String handle() {
        return handle;
    }

    /** @return the connection state */
    public ConnectionState state() {
        return state;
    }

    /** @return why the connection reached the state */
    public SwitchCause cause() {
        return cause;
    }

    /** @return the terminal states (empty for a remote party) */
    public List<TerminalUpdate> terminals() {
        return terminals;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConnectionUpdate)) {
            return false;
        }
        ConnectionUpdate other = (ConnectionUpdate) o;
        return address.equals(other.address) && local == other.local && Objects.equals(handle, other.handle)
                && state == other.state && cause == other.cause && terminals.equals(other.terminals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, local, handle, state, cause, terminals);
    }

    @Override
    public String toString() {
        return (local ? "local " : "remote ") + address + "=" + state + "/" + cause
                + (handle == null ? "" : " #" + handle) + (terminals.isEmpty() ? "" : " " + terminals);
    }
}
