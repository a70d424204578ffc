package io.bwjtapi.samples;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.model.TruthHalf;
import io.bwjtapi.testsupport.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Predicate;
import javax.telephony.Provider;

/**
 * A simulated BroadWorks with a few users and a provider on it opened the way the samples open one, plus a
 * console the samples print to. Loopback only, ephemeral ports.
 */
final class SimulatedSwitch implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String PEER = "io.bwjtapi.BwJtapiPeer";

    final BroadWorksSimulator sim;
    final Provider provider;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    SimulatedSwitch(int xsps) throws Exception {
        sim = BroadWorksSimulator.start(SimulatorConfig.builder().xspCount(xsps).users(4)
                .clickToDialAnswerDelay(Duration.ofMillis(50)).build());
        provider = ProviderOpener.openInService(PEER, providerString(), 20);
    }

    /** The provider string an application would use for this simulator. */
    String providerString() {
        StringJoiner servers = new StringJoiner(",");
        for (URI xsp : sim.xspBaseUris()) {
            servers.add(xsp.getHost() + ":" + xsp.getPort());
        }
        return servers + ";login=" + SimulatorConfig.DEFAULT_ADMIN_LOGIN + ";passwd=" + SimulatorConfig.DEFAULT_PASSWORD
                + ";tls=false;directoryUser=" + userId(0);
    }

    String userId(int index) {
        return sim.users().get(index).userId();
    }

    String ext(int index) {
        return sim.users().get(index).extension();
    }

    /** @return what was printed so far, runs of spaces (the monitor's column padding) shown as one */
    String console() {
        return console.toString(StandardCharsets.UTF_8).replaceAll(" +", " ");
    }

    void awaitConsole(String text) {
        Await.until(WAIT, "console shows '" + text + "'", () -> console().contains(text), this::console);
    }

    /** Waits until the switch's view of the user's calls is the one described. */
    void awaitTruth(int user, String what, Predicate<List<TruthHalf>> condition) {
        Await.until(WAIT, userId(user) + " " + what, () -> condition.test(sim.truth().knownHalvesOf(userId(user))),
                () -> sim.truth().knownHalvesOf(userId(user)));
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
