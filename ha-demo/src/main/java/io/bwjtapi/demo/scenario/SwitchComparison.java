package io.bwjtapi.demo.scenario;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.model.SwitchTruth;
import io.bwjtapi.simulator.model.TruthHalf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.Provider;

/**
 * Compares what the application sees with what the switch knows: for every user, the live connections at its
 * address must be the call halves BroadWorks still has (ringing ones alerting, the others connected). A call the
 * application still shows but BroadWorks no longer knows is a stuck call. Background traffic keeps changing
 * both sides, so the comparison is repeated until one moment agrees or the time is up.
 */
public final class SwitchComparison {
    private final BroadWorksSimulator sim;
    private final Provider provider;

    /**
     * @param sim the switch
     * @param provider the application's provider
     */
    public SwitchComparison(BroadWorksSimulator sim, Provider provider) {
        this.sim = sim;
        this.provider = provider;
    }

    /**
     * @param within how long to keep trying
     * @return an empty list when the views agreed, else the differences seen at the last attempt
     * @throws InterruptedException when interrupted while waiting
     */
    public List<String> differences(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<String> differences = compare();
        while (!differences.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            differences = compare();
        }
        return differences;
    }

    private List<String> compare() {
        SwitchTruth truth = sim.truth();
        List<String> differences = new ArrayList<>();
        for (SimUser user : sim.users()) {
            List<Integer> expected = expected(truth.knownHalvesOf(user.userId()));
            List<Integer> seen = seen(user.extension());
            if (!expected.equals(seen)) {
                differences.add(user.extension() + ": the switch has " + describe(expected)
                        + ", the application sees " + describe(seen));
            }
        }
        return differences;
    }

    private static List<Integer> expected(List<TruthHalf> halves) {
        List<Integer> states = new ArrayList<>();
        for (TruthHalf half : halves) {
            if (half.state() == CallState.RELEASED || half.state() == CallState.DETACHED
                    || half.state() == CallState.IDLE) {
                continue;
            }
            boolean ringing = half.state() == CallState.ALERTING && half.personality() != Personality.ORIGINATOR;
            states.add(ringing ? Connection.ALERTING : Connection.CONNECTED);
        }
        Collections.sort(states);
        return states;
    }

    private List<Integer> seen(String addressName) {
        List<Integer> states = new ArrayList<>();
        try {
            Address address = provider.getAddress(addressName);
            Connection[] connections = address.getConnections();
            for (Connection c : connections == null ? new Connection[0] : connections) {
                int state = c.getState();
                if (state == Connection.ALERTING || state == Connection.CONNECTED) {
                    states.add(state);
                } else if (state != Connection.DISCONNECTED && state != Connection.FAILED) {
                    states.add(Connection.CONNECTED);
                }
            }
        } catch (InvalidArgumentException e) {
            states.add(-1);
        }
        Collections.sort(states);
        return states;
    }

    private static String describe(List<Integer> states) {
        if (states.isEmpty()) {
            return "no call";
        }
        List<String> words = new ArrayList<>();
        for (int state : states) {
            words.add(state == Connection.ALERTING ? "a ringing call" : state == -1 ? "no address"
                    : "a connected call");
        }
        return String.join(" and ", words);
    }
}
