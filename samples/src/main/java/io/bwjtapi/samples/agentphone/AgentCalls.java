package io.bwjtapi.samples.agentphone;

import io.bwjtapi.samples.monitor.EventFormat;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/** Finds the agent's calls by the state of the agent phone's terminal connection in each. */
final class AgentCalls {
    private final Address agent;
    private final Terminal phone;

    AgentCalls(Address agent, Terminal phone) {
        this.agent = agent;
        this.phone = phone;
    }

    /**
     * @param state a {@link CallControlTerminalConnection} state
     * @param what the state in words, for the error
     * @return the agent phone's terminal connection in that state
     * @throws InvalidStateException when the agent has no call in that state
     */
    CallControlTerminalConnection withState(int state, String what) throws InvalidStateException {
        for (CallControlTerminalConnection tc : terminalConnections()) {
            if (tc.getCallControlState() == state) {
                return tc;
            }
        }
        throw new InvalidStateException(agent, InvalidStateException.ADDRESS_OBJECT, 0,
                "there is no " + what + " call");
    }

    /**
     * @return the call to hang up: the talking one, else a ringing or held one
     * @throws InvalidStateException when the agent has no call
     */
    CallControlTerminalConnection current() throws InvalidStateException {
        int[] preference = {CallControlTerminalConnection.TALKING, CallControlTerminalConnection.RINGING,
            CallControlTerminalConnection.HELD};
        for (int state : preference) {
            for (CallControlTerminalConnection tc : terminalConnections()) {
                if (tc.getCallControlState() == state) {
                    return tc;
                }
            }
        }
        throw new InvalidStateException(agent, InvalidStateException.ADDRESS_OBJECT, 0, "there is no call");
    }

    /** Prints each call with the agent's state in it and the other parties. */
    void describe(EventFormat names, PrintStream out) {
        List<CallControlTerminalConnection> all = terminalConnections();
        if (all.isEmpty()) {
            out.println("no calls");
        }
        for (CallControlTerminalConnection tc : all) {
            Call call = tc.getConnection().getCall();
            out.println(names.callName(call) + ": " + stateName(tc.getCallControlState()) + " with "
                    + otherParties(call, agent));
        }
    }

    private List<CallControlTerminalConnection> terminalConnections() {
        List<CallControlTerminalConnection> found = new ArrayList<>();
        Connection[] connections = agent.getConnections();
        for (Connection connection : connections == null ? new Connection[0] : connections) {
            TerminalConnection[] tcs = connection.getTerminalConnections();
            for (TerminalConnection tc : tcs == null ? new TerminalConnection[0] : tcs) {
                if (tc.getTerminal().equals(phone) && tc instanceof CallControlTerminalConnection) {
                    found.add((CallControlTerminalConnection) tc);
                }
            }
        }
        return found;
    }

    /** @return the names of the call's parties other than the agent */
    static String otherParties(Call call, Address agent) {
        List<String> others = new ArrayList<>();
        Connection[] connections = call.getConnections();
        for (Connection c : connections == null ? new Connection[0] : connections) {
            if (!c.getAddress().equals(agent)) {
                others.add(c.getAddress().getName());
            }
        }
        return others.isEmpty() ? "nobody yet" : String.join(", ", others);
    }

    private static String stateName(int state) {
        switch (state) {
            case CallControlTerminalConnection.RINGING:
                return "ringing";
            case CallControlTerminalConnection.TALKING:
                return "talking";
            case CallControlTerminalConnection.HELD:
                return "held";
            default:
                return "state " + state;
        }
    }
}
