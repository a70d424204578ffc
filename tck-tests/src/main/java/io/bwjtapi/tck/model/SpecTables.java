package io.bwjtapi.tck.model;

import static javax.telephony.callcontrol.CallControlConnection.DIALING;
import static javax.telephony.callcontrol.CallControlConnection.ESTABLISHED;
import static javax.telephony.callcontrol.CallControlConnection.INITIATED;
import static javax.telephony.callcontrol.CallControlConnection.NETWORK_ALERTING;
import static javax.telephony.callcontrol.CallControlConnection.NETWORK_REACHED;
import static javax.telephony.callcontrol.CallControlConnection.OFFERED;
import static javax.telephony.callcontrol.CallControlConnection.QUEUED;
import static javax.telephony.callcontrol.CallControlTerminalConnection.BRIDGED;
import static javax.telephony.callcontrol.CallControlTerminalConnection.HELD;
import static javax.telephony.callcontrol.CallControlTerminalConnection.INUSE;
import static javax.telephony.callcontrol.CallControlTerminalConnection.TALKING;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The transition tables, transcribed from the Javadoc of {@link Call}, {@link Connection},
 * {@link TerminalConnection}, {@link CallControlConnection}, {@link CallControlTerminalConnection} and
 * {@link Provider} in {@code jtapi-api}. The first state declared is the object's initial state.
 */
final class SpecTables {
    static final TransitionTable CALL = TransitionTable.builder("Call")
            .state(Call.IDLE, "IDLE").state(Call.ACTIVE, "ACTIVE").state(Call.INVALID, "INVALID")
            .allow(Call.IDLE, Call.ACTIVE, Call.INVALID)
            .allow(Call.ACTIVE, Call.INVALID)
            .build();

    static final TransitionTable CONNECTION = connection();
    static final TransitionTable TERMINAL_CONNECTION = terminalConnection();
    static final TransitionTable CALL_CONTROL_CONNECTION = callControlConnection();
    static final TransitionTable CALL_CONTROL_TERMINAL_CONNECTION = callControlTerminalConnection();

    static final TransitionTable PROVIDER = TransitionTable.builder("Provider")
            .state(Provider.OUT_OF_SERVICE, "OUT_OF_SERVICE").state(Provider.IN_SERVICE, "IN_SERVICE")
            .state(Provider.SHUTDOWN, "SHUTDOWN")
            .allow(Provider.OUT_OF_SERVICE, Provider.IN_SERVICE, Provider.SHUTDOWN)
            .allow(Provider.IN_SERVICE, Provider.OUT_OF_SERVICE, Provider.SHUTDOWN)
            .build();

    private SpecTables() {
    }

    private static TransitionTable connection() {
        int idle = Connection.IDLE;
        int inProgress = Connection.INPROGRESS;
        int alerting = Connection.ALERTING;
        int connected = Connection.CONNECTED;
        int disconnected = Connection.DISCONNECTED;
        int failed = Connection.FAILED;
        int unknown = Connection.UNKNOWN;
        return TransitionTable.builder("Connection")
                .state(idle, "IDLE").state(inProgress, "INPROGRESS").state(alerting, "ALERTING")
                .state(connected, "CONNECTED").state(disconnected, "DISCONNECTED").state(failed, "FAILED")
                .state(unknown, "UNKNOWN")
                .allow(idle, inProgress, alerting, connected, disconnected, failed, unknown)
                .allow(inProgress, alerting, connected, disconnected, failed, unknown)
                .allow(alerting, connected, disconnected, failed, unknown)
                .allow(connected, disconnected, failed, unknown)
                .allow(failed, disconnected, unknown)
                .allow(unknown, inProgress, alerting, connected, disconnected, failed)
                .build();
    }

    private static TransitionTable terminalConnection() {
        int idle = TerminalConnection.IDLE;
        int ringing = TerminalConnection.RINGING;
        int active = TerminalConnection.ACTIVE;
        int passive = TerminalConnection.PASSIVE;
        int dropped = TerminalConnection.DROPPED;
        int unknown = TerminalConnection.UNKNOWN;
        return TransitionTable.builder("TerminalConnection")
                .state(idle, "IDLE").state(ringing, "RINGING").state(active, "ACTIVE").state(passive, "PASSIVE")
                .state(dropped, "DROPPED").state(unknown, "UNKNOWN")
                .allow(idle, ringing, active, passive, dropped, unknown)
                .allow(ringing, active, passive, dropped, unknown)
                .allow(active, passive, dropped, unknown)
                .allow(passive, active, dropped, unknown)
                .allow(unknown, ringing, active, passive, dropped)
                .build();
    }

    /** Forward along one of three paths (steps may be skipped); FAILED, DISCONNECTED and UNKNOWN as stated. */
    private static TransitionTable callControlConnection() {
        int idle = CallControlConnection.IDLE;
        int alerting = CallControlConnection.ALERTING;
        int disconnected = CallControlConnection.DISCONNECTED;
        int failed = CallControlConnection.FAILED;
        int unknown = CallControlConnection.UNKNOWN;
        TransitionTable.Builder b = TransitionTable.builder("CallControlConnection")
                .state(idle, "IDLE").state(OFFERED, "OFFERED").state(QUEUED, "QUEUED").state(alerting, "ALERTING")
                .state(INITIATED, "INITIATED").state(DIALING, "DIALING").state(NETWORK_REACHED, "NETWORK_REACHED")
                .state(NETWORK_ALERTING, "NETWORK_ALERTING").state(ESTABLISHED, "ESTABLISHED")
                .state(disconnected, "DISCONNECTED").state(failed, "FAILED").state(unknown, "UNKNOWN");
        forward(b, idle, INITIATED, DIALING, ESTABLISHED);
        forward(b, idle, OFFERED, QUEUED, alerting, ESTABLISHED);
        forward(b, idle, NETWORK_REACHED, NETWORK_ALERTING, ESTABLISHED);
        b.allowFromAllBut(failed, disconnected).allowFromAllBut(disconnected, disconnected)
                .allowFromAllBut(unknown, disconnected);
        b.allow(unknown, OFFERED, QUEUED, alerting, INITIATED, DIALING, NETWORK_REACHED, NETWORK_ALERTING,
                ESTABLISHED, failed, disconnected);
        return b.build();
    }

    private static TransitionTable callControlTerminalConnection() {
        int idle = CallControlTerminalConnection.IDLE;
        int ringing = CallControlTerminalConnection.RINGING;
        int dropped = CallControlTerminalConnection.DROPPED;
        int unknown = CallControlTerminalConnection.UNKNOWN;
        return TransitionTable.builder("CallControlTerminalConnection")
                .state(idle, "IDLE").state(ringing, "RINGING").state(TALKING, "TALKING").state(HELD, "HELD")
                .state(BRIDGED, "BRIDGED").state(INUSE, "INUSE").state(dropped, "DROPPED").state(unknown, "UNKNOWN")
                .allow(idle, ringing, TALKING, HELD, BRIDGED, INUSE)
                .allow(ringing, TALKING, BRIDGED, INUSE)
                .allow(TALKING, HELD, BRIDGED)
                .allow(HELD, TALKING)
                .allow(BRIDGED, TALKING, INUSE)
                .allow(INUSE, BRIDGED)
                .allowFromAllBut(dropped, dropped)
                .allowFromAllBut(unknown, dropped)
                .allow(unknown, ringing, TALKING, HELD, BRIDGED, INUSE)
                .build();
    }

    /** Each state of the path may move to any later one. */
    private static void forward(TransitionTable.Builder b, int... path) {
        for (int i = 0; i < path.length; i++) {
            for (int j = i + 1; j < path.length; j++) {
                b.allow(path[i], path[j]);
            }
        }
    }
}
