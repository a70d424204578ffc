package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;

/** Finds parties in calls for the call-control methods (read from any thread). */
final class Parties {
    private Parties() {
    }

    /** @param call a call @return its connections now */
    static List<Connection> live(CallImpl call) {
        Connection[] connections = call.getConnections();
        return connections == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(connections));
    }

    /**
     * @param call a call
     * @param before its connections before a request
     * @return the first connection that was not there before, or {@code null} (the call left the domain)
     */
    static Connection newest(CallImpl call, List<Connection> before) {
        for (Connection c : live(call)) {
            if (!before.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param call a call
     * @param state a call-control terminal connection state
     * @return the first local terminal connection of the call in that state, or {@code null}
     */
    static TerminalConnectionImpl terminalConnection(CallImpl call, int state) {
        for (Connection c : live(call)) {
            TerminalConnection[] tcs = c.getTerminalConnections();
            for (int i = 0; tcs != null && i < tcs.length; i++) {
                TerminalConnectionImpl tc = (TerminalConnectionImpl) tcs[i];
                if (tc.getCallControlState() == state) {
                    return tc;
                }
            }
        }
        return null;
    }

    /**
     * @param call a call
     * @param like a terminal connection of another call
     * @return the terminal connection of the call at the same terminal, or {@code null}
     */
    static TerminalConnectionImpl sameTerminal(CallImpl call, TerminalConnectionImpl like) {
        for (Connection c : live(call)) {
            TerminalConnection[] tcs = c.getTerminalConnections();
            for (int i = 0; tcs != null && i < tcs.length; i++) {
                if (tcs[i].getTerminal() == like.getTerminal()) {
                    return (TerminalConnectionImpl) tcs[i];
                }
            }
        }
        return null;
    }

    /**
     * @param call a call
     * @param origin the originating connection
     * @return the connections a placed call returns: the origin first, then the first other, or {@code null}
     *     while the call does not have both
     */
    static Connection[] placed(CallImpl call, ConnectionImpl origin) {
        if (origin == null) {
            return null;
        }
        for (Connection c : live(call)) {
            if (c != origin) {
                return new Connection[] {origin, c};
            }
        }
        return null;
    }

    /** @param call a call @param address a local address name @return the call's live connection there */
    static ConnectionImpl at(CallImpl call, io.bwjtapi.provider.domain.AddressImpl address) {
        for (Connection c : live(call)) {
            if (c.getAddress() == address) {
                return (ConnectionImpl) c;
            }
        }
        return null;
    }
}
