package io.bwjtapi.benchmarks.ha;

import io.bwjtapi.benchmarks.Poll;
import io.bwjtapi.benchmarks.ProviderStrings;
import io.bwjtapi.broadworks.session.BroadWorksConnector;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.model.SimUser;
import java.time.Duration;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Provider;

/**
 * A simulator with {@code users} users and a provider on it with the default HA settings, watched by a
 * {@link ServiceWatcher} on the provider and every address; loopback only.
 */
final class HaRig implements AutoCloseable {
    final BroadWorksSimulator sim;
    final Provider provider;
    final ServiceWatcher watcher = new ServiceWatcher();

    HaRig(int users) throws Exception {
        sim = BroadWorksSimulator.start(SimulatorConfig.builder().xspCount(1).users(users).recordLimit(0)
                .maxChannelBacklogBytes(256 * 1024 * 1024).eventTimeout(Duration.ofMinutes(5)).build());
        provider = ProviderStrings.open(ProviderStrings.forSimulator(sim.xspBaseUris(), sim.users().get(0).userId()));
        Poll.until("provider in service", Duration.ofMinutes(5), () -> provider.getState() == Provider.IN_SERVICE);
        provider.addObserver(watcher);
        for (Address address : provider.getAddresses()) {
            address.addObserver(watcher);
            address.addCallObserver(watcher);
        }
    }

    /** @param share the share of users to put on an answered call with an external party (0..1) @return calls */
    int externalCalls(double share) throws Exception {
        List<SimUser> users = sim.users();
        int calls = (int) Math.round(users.size() * share);
        for (int i = 0; i < calls; i++) {
            CallRef call = sim.dialFromExternal("+49405550" + String.format("%05d", i), users.get(i).userId());
            sim.answer(users.get(i).userId(), call.callIdOf(users.get(i).userId()));
        }
        awaitCalls(calls);
        return calls;
    }

    /** Puts every user on an answered call with another user. @return the calls */
    int internalCallsForEveryone() throws Exception {
        List<SimUser> users = sim.users();
        for (int i = 0; i + 1 < users.size(); i += 2) {
            CallRef call = sim.dial(users.get(i).userId(), users.get(i + 1).extension());
            sim.answer(users.get(i + 1).userId(), call.callIdOf(users.get(i + 1).userId()));
        }
        awaitCalls(users.size() / 2);
        return users.size() / 2;
    }

    private void awaitCalls(int calls) throws Exception {
        Poll.until(calls + " calls known to the provider", Duration.ofMinutes(5), () -> {
            try {
                return provider.getCalls() != null && provider.getCalls().length >= calls;
            } catch (Exception e) {
                return false;
            }
        });
    }

    SessionStats stats() {
        return BroadWorksConnector.stats(provider.getName()).orElseThrow();
    }


    @Override
    public void close() {
        try {
            provider.shutdown();
        } finally {
            sim.close();
        }
    }
}
