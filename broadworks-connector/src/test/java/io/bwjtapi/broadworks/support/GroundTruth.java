package io.bwjtapi.broadworks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.ext.BwAddress;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.SwitchTruth;
import io.bwjtapi.simulator.model.TruthHalf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;

/**
 * Compares what the provider shows with what the simulated switch knows ({@code truth()}): every monitored
 * address in service has exactly one connection per call half BroadWorks knows for the user, in the matching
 * state, and no call of the provider is stuck (each has a monitored party BroadWorks still knows).
 */
public final class GroundTruth {
    private GroundTruth() {
    }

    /**
     * @param rig the simulator and provider
     * @param monitored the indexes of the monitored users to compare
     */
    public static void assertMatches(Rig rig, int... monitored) throws Exception {
        SwitchTruth truth = rig.sim.truth();
        Provider provider = rig.provider();
        assertEquals(Provider.IN_SERVICE, provider.getState(), "provider state");
        for (int index : monitored) {
            BwAddress address = (BwAddress) rig.address(index);
            assertEquals(BwAddress.IN_SERVICE, address.getState(), address.getName() + " service state");
            assertEquals(expectedStates(truth.knownHalvesOf(rig.userId(index))), liveStates(address),
                    address.getName() + " connections against the switch's " + truth.knownHalvesOf(rig.userId(index)));
        }
        Call[] calls = provider.getCalls();
        int known = 0;
        for (int index : monitored) {
            known += truth.knownHalvesOf(rig.userId(index)).size();
        }
        assertTrue(calls == null ? known == 0 : calls.length <= known, "no stuck calls: provider calls "
                + (calls == null ? 0 : calls.length) + ", known halves of monitored users " + known);
    }

    private static List<Integer> expectedStates(List<TruthHalf> halves) {
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

    private static List<Integer> liveStates(Address address) {
        List<Integer> states = new ArrayList<>();
        Connection[] connections = address.getConnections();
        if (connections != null) {
            for (Connection c : connections) {
                if (c.getState() != Connection.DISCONNECTED && c.getState() != Connection.FAILED) {
                    states.add(c.getState());
                }
            }
        }
        Collections.sort(states);
        return states;
    }
}
