package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.States;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.event.Causes;
import io.bwjtapi.provider.event.Change;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * Renders the snapshot of a call: the fewest changes that lead from nothing to its current state, in the
 * deterministic order call, connections (creation order), terminal connections (by connection, creation
 * order), every one with cause {@code CAUSE_SNAPSHOT}.
 */
final class Snapshots {
    private Snapshots() {
    }

    /**
     * @param call the call (model thread)
     * @return its snapshot, empty unless it is active
     */
    static List<Change> render(CallImpl call) {
        List<Change> changes = new ArrayList<>();
        if (call.getState() != Call.ACTIVE) {
            return changes;
        }
        changes.add(Change.callActive(call, Causes.SNAPSHOT));
        List<ConnectionImpl> connections = call.liveConnections();
        for (ConnectionImpl c : connections) {
            changes.add(Change.connectionCreated(c, Causes.SNAPSHOT));
            int state = c.getCallControlState();
            if (state != CallControlConnection.IDLE) {
                changes.add(Change.connectionState(c, States.coreOfConnection(state), state, Causes.SNAPSHOT));
            }
        }
        for (ConnectionImpl c : connections) {
            for (TerminalConnectionImpl tc : c.liveTerminalConnections()) {
                changes.add(Change.terminalConnectionCreated(tc, Causes.SNAPSHOT));
                int state = tc.getCallControlState();
                if (state != CallControlTerminalConnection.IDLE) {
                    changes.add(Change.terminalConnectionState(tc, States.coreOfTerminalConnection(state), state,
                            Causes.SNAPSHOT));
                }
            }
        }
        return changes;
    }
}
