package io.bwjtapi.fake;

import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;

/** One party of a fake call, as the fake switch knows it. */
final class FakeParty {
    final String address;
    final boolean local;
    ConnectionState state;
    TerminalConnectionState device;
    SwitchCause cause = SwitchCause.NORMAL;

    FakeParty(String address, boolean local, ConnectionState state, TerminalConnectionState device) {
        this.address = address;
        this.local = local;
        this.state = state;
        this.device = device;
    }

    FakeParty copy() {
        FakeParty copy = new FakeParty(address, local, state, device);
        copy.cause = cause;
        return copy;
    }

    void leave(SwitchCause why) {
        state = ConnectionState.DISCONNECTED;
        if (device != null) {
            device = TerminalConnectionState.DROPPED;
        }
        cause = why;
    }

    ConnectionUpdate update() {
        ConnectionUpdate update = local ? ConnectionUpdate.local(address, state)
                : ConnectionUpdate.remote(address, state);
        update = update.withCause(cause).withHandle("half-" + address);
        if (local && device != null) {
            update = update.withTerminal(TerminalUpdate.of("dev" + address, device));
        }
        return update;
    }
}
