package io.bwjtapi.demo.scenario;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.load.TrafficProfile;
import io.bwjtapi.simulator.model.SimUser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;

/**
 * The embedded simulator the demo runs against: two XSPs in front of a primary/secondary Application Server
 * pair, a group of users, a few long calls that outlive every fault and background call traffic.
 */
public final class SimulatedBroadWorks implements AutoCloseable {
    /** Background traffic: new calls per second. */
    public static final double CALLS_PER_SECOND = 2;
    /** Background traffic: mean time from answer to hang-up. */
    public static final Duration MEAN_HOLD = Duration.ofSeconds(6);
    /** How many users are put on a long call with an external party at the start. */
    public static final int LONG_CALLS = 3;

    private final BroadWorksSimulator sim;

    /** @param users how many users the group has */
    public SimulatedBroadWorks(int users) {
        sim = BroadWorksSimulator.start(SimulatorConfig.builder().xspCount(2).users(users).recordLimit(0).build());
    }

    /** @return the simulator */
    public BroadWorksSimulator sim() {
        return sim;
    }

    /** @return the provider string an application uses for this BroadWorks: both XSPs, the group administrator */
    public String providerString() {
        StringJoiner servers = new StringJoiner(",");
        for (URI xsp : sim.xspBaseUris()) {
            servers.add(xsp.getHost() + ":" + xsp.getPort());
        }
        return servers + ";login=" + SimulatorConfig.DEFAULT_ADMIN_LOGIN + ";passwd=" + SimulatorConfig.DEFAULT_PASSWORD
                + ";tls=false;directoryUser=" + sim.users().get(0).userId();
    }


    /** Puts the first users on answered calls from external numbers, which last until the demo ends. */
    public void placeLongCalls() {
        List<SimUser> users = sim.users();
        for (int i = 0; i < Math.min(LONG_CALLS, users.size()); i++) {
            String user = users.get(i).userId();
            CallRef call = sim.dialFromExternal("+4940555" + String.format("%04d", i), user);
            sim.answer(user, call.callIdOf(user));
        }
    }

    /** Starts the background traffic among the users and to external numbers. */
    public void startTraffic() {
        sim.startTraffic(TrafficProfile.of(CALLS_PER_SECOND, MEAN_HOLD));
    }

    @Override
    public void close() {
        try {
            sim.stopTraffic();
        } finally {
            sim.close();
        }
    }
}
