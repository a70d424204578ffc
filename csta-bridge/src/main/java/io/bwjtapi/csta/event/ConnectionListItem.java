package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import java.util.Objects;
import java.util.Optional;

/**
 * How one connection changed in a transfer or conference (ECMA-323 {@code connectionListItem}): it moved
 * from an old call into the resulting one, joined, or left ({@code newConnection} absent, state null).
 */
public final class ConnectionListItem {
    private final ConnectionRef oldConnection;
    private final ConnectionRef newConnection;
    private final LocalConnectionState state;

    /**
     * Creates an item.
     *
     * @param oldConnection the connection before, or {@code null} when it is new
     * @param newConnection the connection after, or {@code null} when it left
     * @param state the state after; {@code NULL} exactly when {@code newConnection} is {@code null}
     */
    public ConnectionListItem(ConnectionRef oldConnection, ConnectionRef newConnection, LocalConnectionState state) {
        if (oldConnection == null && newConnection == null) {
            throw new IllegalArgumentException("an item names the old or the new connection");
        }
        if ((newConnection == null) != (state == LocalConnectionState.NULL)) {
            throw new IllegalArgumentException("state null goes with a connection that left: " + state);
        }
        this.oldConnection = oldConnection;
        this.newConnection = newConnection;
        this.state = Objects.requireNonNull(state, "state");
    }

    /** @return the connection before the change; empty when it is new */
    public Optional<ConnectionRef> oldConnection() {
        return Optional.ofNullable(oldConnection);
    }

    /** @return the connection after the change; empty when it left */
    public Optional<ConnectionRef> newConnection() {
        return Optional.ofNullable(newConnection);
    }

    /** @return the state after the change */
    public LocalConnectionState state() {
        return state;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConnectionListItem)) {
            return false;
        }
        ConnectionListItem i = (ConnectionListItem) o;
        return Objects.equals(oldConnection, i.oldConnection) && Objects.equals(newConnection, i.newConnection)
                && state == i.state;
    }

    @Override
    public int hashCode() {
        return Objects.hash(oldConnection, newConnection, state);
    }

    @Override
    public String toString() {
        return oldConnection + "->" + newConnection + ":" + state.wireName();
    }
}
