package io.bwjtapi.provider.call;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The legal call-control state transitions of connections and terminal connections, as tables (the
 * specification's transition lists in {@link CallControlConnection} and
 * {@link CallControlTerminalConnection}); every transition they allow is also legal for the core states.
 * Reports from the switch that are not in the tables are dropped.
 */
public final class Transitions {
    private static final Map<Integer, Set<Integer>> CONNECTION = new HashMap<>();
    private static final Map<Integer, Set<Integer>> TERMINAL_CONNECTION = new HashMap<>();

    static {
        int idle = CallControlConnection.IDLE;
        int offered = CallControlConnection.OFFERED;
        int queued = CallControlConnection.QUEUED;
        int alerting = CallControlConnection.ALERTING;
        int initiated = CallControlConnection.INITIATED;
        int dialing = CallControlConnection.DIALING;
        int reached = CallControlConnection.NETWORK_REACHED;
        int netAlerting = CallControlConnection.NETWORK_ALERTING;
        int established = CallControlConnection.ESTABLISHED;
        int disconnected = CallControlConnection.DISCONNECTED;
        int failed = CallControlConnection.FAILED;
        int unknown = CallControlConnection.UNKNOWN;
        connection(idle, offered, queued, alerting, initiated, dialing, reached, netAlerting, established,
                disconnected, failed, unknown);
        connection(offered, queued, alerting, established, disconnected, failed, unknown);
        connection(queued, alerting, established, disconnected, failed, unknown);
        connection(alerting, established, disconnected, failed, unknown);
        connection(initiated, dialing, established, disconnected, failed, unknown);
        connection(dialing, established, disconnected, failed, unknown);
        connection(reached, netAlerting, established, disconnected, failed, unknown);
        connection(netAlerting, established, disconnected, failed, unknown);
        connection(established, disconnected, failed, unknown);
        connection(failed, disconnected, unknown);
        connection(unknown, offered, queued, alerting, initiated, dialing, reached, netAlerting, established,
                disconnected, failed);
        connection(disconnected);

        int tIdle = CallControlTerminalConnection.IDLE;
        int ringing = CallControlTerminalConnection.RINGING;
        int talking = CallControlTerminalConnection.TALKING;
        int held = CallControlTerminalConnection.HELD;
        int bridged = CallControlTerminalConnection.BRIDGED;
        int inUse = CallControlTerminalConnection.INUSE;
        int dropped = CallControlTerminalConnection.DROPPED;
        int tUnknown = CallControlTerminalConnection.UNKNOWN;
        terminalConnection(tIdle, ringing, talking, held, bridged, inUse, dropped, tUnknown);
        terminalConnection(ringing, talking, bridged, inUse, dropped, tUnknown);
        terminalConnection(talking, held, bridged, dropped, tUnknown);
        terminalConnection(held, talking, dropped, tUnknown);
        terminalConnection(bridged, talking, inUse, dropped, tUnknown);
        terminalConnection(inUse, bridged, dropped, tUnknown);
        terminalConnection(tUnknown, ringing, talking, held, bridged, inUse, dropped);
        terminalConnection(dropped);
    }

    private Transitions() {
    }

    private static void connection(int from, int... to) {
        CONNECTION.put(from, set(to));
    }

    private static void terminalConnection(int from, int... to) {
        TERMINAL_CONNECTION.put(from, set(to));
    }

    private static Set<Integer> set(int... values) {
        Set<Integer> set = new TreeSet<>();
        for (int value : values) {
            set.add(value);
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * @param from a call-control connection state
     * @return the states it may move to
     */
    public static Set<Integer> connectionSuccessors(int from) {
        return CONNECTION.getOrDefault(from, Set.of());
    }

    /**
     * @param from a call-control terminal connection state
     * @return the states it may move to
     */
    public static Set<Integer> terminalConnectionSuccessors(int from) {
        return TERMINAL_CONNECTION.getOrDefault(from, Set.of());
    }

    /** @param from a state @param to another @return whether a connection may move from one to the other */
    public static boolean connectionAllows(int from, int to) {
        return connectionSuccessors(from).contains(to);
    }

    /** @param from a state @param to another @return whether a terminal connection may move from one to the other */
    public static boolean terminalConnectionAllows(int from, int to) {
        return terminalConnectionSuccessors(from).contains(to);
    }
}
