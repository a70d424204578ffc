package io.bwjtapi.broadworks.calls;

import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import java.util.Objects;

/** Comparing and ending parties of SPI call updates. */
final class Parties {
    private Parties() {
    }

    /** @return whether the layer would see no change going from one to the other (causes aside) */
    static boolean sameState(ConnectionUpdate a, ConnectionUpdate b) {
        return a.state() == b.state() && a.address().equals(b.address()) && a.terminals().equals(b.terminals())
                && Objects.equals(a.handle(), b.handle());
    }

    /** @return the party as it leaves the call: disconnected, its terminals dropped */
    static ConnectionUpdate disconnected(ConnectionUpdate party, SwitchCause cause) {
        ConnectionUpdate gone = party.local()
                ? ConnectionUpdate.local(party.address(), ConnectionState.DISCONNECTED)
                : ConnectionUpdate.remote(party.address(), ConnectionState.DISCONNECTED);
        for (TerminalUpdate terminal : party.terminals()) {
            gone = gone.withTerminal(new TerminalUpdate(terminal.terminal(), TerminalConnectionState.DROPPED, false));
        }
        return gone.withHandle(party.handle()).withCause(cause);
    }
}
