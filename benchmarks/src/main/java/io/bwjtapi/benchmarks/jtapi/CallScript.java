package io.bwjtapi.benchmarks.jtapi;

import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.DeviceInfo;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one scripted call between two monitored users, as the BroadWorks connector reports them: A calls
 * B (A talking, B ringing), B answers, A holds, A retrieves, both hang up. Pairs of users are numbered; pair
 * {@code p} is addresses {@code 1000+2p} and {@code 1001+2p} with terminals {@code dev<address>}.
 */
final class CallScript {
    /** Facts per call. */
    static final int STEPS = 5;

    private CallScript() {
    }

    /** @param pairs how many pairs @return their devices */
    static List<DeviceInfo> devices(int pairs) {
        List<DeviceInfo> devices = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            devices.add(DeviceInfo.of(caller(p), terminal(caller(p))));
            devices.add(DeviceInfo.of(callee(p), terminal(callee(p))));
        }
        return devices;
    }

    /**
     * @param step 0 to {@link #STEPS} - 1
     * @param callId the call's stable id
     * @param pair the pair of users
     * @return the fact of that step
     */
    static CallUpdate step(int step, String callId, int pair) {
        String a = caller(pair);
        String b = callee(pair);
        switch (step) {
            case 0:
                return CallUpdate.builder(callId).callingAddress(a).callingTerminal(terminal(a)).calledAddress(b)
                        .connection(party(a, ConnectionState.ESTABLISHED, TerminalConnectionState.TALKING))
                        .connection(party(b, ConnectionState.ALERTING, TerminalConnectionState.RINGING)).build();
            case 1:
                return CallUpdate.of(callId, party(b, ConnectionState.ESTABLISHED, TerminalConnectionState.TALKING));
            case 2:
                return CallUpdate.of(callId, party(a, ConnectionState.ESTABLISHED, TerminalConnectionState.HELD));
            case 3:
                return CallUpdate.of(callId, party(a, ConnectionState.ESTABLISHED, TerminalConnectionState.TALKING));
            case 4:
                return CallUpdate.of(callId, party(a, ConnectionState.DISCONNECTED, TerminalConnectionState.DROPPED),
                        party(b, ConnectionState.DISCONNECTED, TerminalConnectionState.DROPPED));
            default:
                throw new IllegalArgumentException("no step " + step);
        }
    }

    private static ConnectionUpdate party(String address, ConnectionState state, TerminalConnectionState device) {
        return ConnectionUpdate.local(address, state, TerminalUpdate.of(terminal(address), device))
                .withHandle("half-" + address);
    }

    private static String caller(int pair) {
        return String.valueOf(1000 + 2 * pair);
    }

    private static String callee(int pair) {
        return String.valueOf(1001 + 2 * pair);
    }

    private static String terminal(String address) {
        return "dev" + address;
    }
}
