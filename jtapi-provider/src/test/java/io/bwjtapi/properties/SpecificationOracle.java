package io.bwjtapi.properties;

import java.util.Map;
import java.util.Set;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;

/**
 * The JTAPI core state transition tables, written down independently of the implementation from the
 * specification text of {@link Connection} and {@link TerminalConnection}, to check what observers see.
 */
final class SpecificationOracle {
    private static final Set<Integer> CONNECTION_STATES = Set.of(Connection.IDLE, Connection.INPROGRESS,
            Connection.ALERTING, Connection.CONNECTED, Connection.DISCONNECTED, Connection.FAILED, Connection.UNKNOWN);
    private static final Map<Integer, Set<Integer>> CONNECTION = Map.of(
            Connection.INPROGRESS, Set.of(Connection.ALERTING, Connection.CONNECTED, Connection.DISCONNECTED,
                    Connection.FAILED, Connection.UNKNOWN),
            Connection.ALERTING, Set.of(Connection.CONNECTED, Connection.DISCONNECTED, Connection.FAILED,
                    Connection.UNKNOWN),
            Connection.CONNECTED, Set.of(Connection.DISCONNECTED, Connection.FAILED, Connection.UNKNOWN),
            Connection.FAILED, Set.of(Connection.DISCONNECTED, Connection.UNKNOWN),
            Connection.DISCONNECTED, Set.of());
    private static final Map<Integer, Set<Integer>> TERMINAL_CONNECTION = Map.of(
            TerminalConnection.RINGING, Set.of(TerminalConnection.ACTIVE, TerminalConnection.PASSIVE,
                    TerminalConnection.DROPPED, TerminalConnection.UNKNOWN),
            TerminalConnection.ACTIVE, Set.of(TerminalConnection.PASSIVE, TerminalConnection.DROPPED,
                    TerminalConnection.UNKNOWN),
            TerminalConnection.PASSIVE, Set.of(TerminalConnection.ACTIVE, TerminalConnection.DROPPED,
                    TerminalConnection.UNKNOWN),
            TerminalConnection.DROPPED, Set.of());

    private SpecificationOracle() {
    }

    static boolean connectionMayMove(int from, int to) {
        if (from == Connection.IDLE) {
            return to != Connection.IDLE && CONNECTION_STATES.contains(to);
        }
        if (from == Connection.UNKNOWN) {
            return to != Connection.IDLE && to != Connection.UNKNOWN;
        }
        return CONNECTION.get(from).contains(to);
    }

    static boolean terminalConnectionMayMove(int from, int to) {
        if (from == TerminalConnection.IDLE) {
            return to != TerminalConnection.IDLE;
        }
        if (from == TerminalConnection.UNKNOWN) {
            return to != TerminalConnection.IDLE && to != TerminalConnection.UNKNOWN;
        }
        return TERMINAL_CONNECTION.get(from).contains(to);
    }
}
