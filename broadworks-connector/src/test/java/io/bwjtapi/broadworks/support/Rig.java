package io.bwjtapi.broadworks.support;

import io.bwjtapi.broadworks.session.BroadWorksConnector;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.testsupport.Await;
import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.testsupport.XsiSchemaValidator;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import javax.telephony.Address;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.Terminal;

/**
 * A simulated BroadWorks and a provider opened on it through {@code JtapiPeerFactory}, as an application would:
 * loopback only, ephemeral ports, fast timers. Users are named by index: user 0 is {@code user1001@sim.example}
 * with extension (and JTAPI address) {@code 1001}. Closing it validates every XML document the provider sent against
 * the official Xsi schema.
 */
public final class Rig implements AutoCloseable {
    /** The login of the simulator's group administrator. */
    public static final String ADMIN = SimulatorConfig.DEFAULT_ADMIN_LOGIN;

    public final BroadWorksSimulator sim;
    private Provider provider;

    private Rig(BroadWorksSimulator sim) {
        this.sim = sim;
    }

    /**
     * @param xsps how many XSPs the simulator runs
     * @param users how many users it has
     * @param config further simulator settings
     * @return a running simulator, no provider yet
     */
    public static Rig simulator(int xsps, int users, UnaryOperator<SimulatorConfig.Builder> config) {
        return new Rig(BroadWorksSimulator.start(config.apply(SimulatorConfig.builder().xspCount(xsps).users(users)
                .clickToDialAnswerDelay(Duration.ofMillis(50)).ackTimeout(Duration.ofSeconds(5))).build()));
    }

    /**
     * @param xsps how many XSPs
     * @param keys further provider string keys
     * @return a simulator with four users and a provider in service that monitors 1001, 1002 and 1004
     */
    public static Rig running(int xsps, String... keys) {
        Rig rig = simulator(xsps, 4, b -> b);
        String[] all = new String[keys.length + 1];
        all[0] = rig.users(0, 1, 3);
        System.arraycopy(keys, 0, all, 1, keys.length);
        rig.open(all);
        rig.awaitInService();
        return rig;
    }

    /** @param state the JTAPI provider state to wait for */
    public void awaitState(int state) {
        Await.until(SequenceLog.WAIT, "provider state " + state, () -> provider.getState() == state,
                () -> "state " + provider.getState());
    }

    /** @return a simulator with one XSP and four users */
    public static Rig simulator() {
        return simulator(1, 4, b -> b);
    }

    /**
     * @param keys further {@code key=value} pairs, e.g. {@code "users=user1001@sim.example"}
     * @return the provider string for this simulator (admin login, plain HTTP, fast heartbeats)
     */
    public String providerString(String... keys) {
        StringJoiner servers = new StringJoiner(",");
        for (URI xsp : sim.xspBaseUris()) {
            servers.add(xsp.getHost() + ":" + xsp.getPort());
        }
        StringBuilder s = new StringBuilder(servers.toString()).append(";login=").append(ADMIN).append(";passwd=")
                .append(SimulatorConfig.DEFAULT_PASSWORD).append(";tls=false;requestTimeout=3s;connectTimeout=2s")
                .append(";openTimeout=3s");
        for (String key : keys) {
            s.append(';').append(key);
        }
        return s.toString();
    }

    /**
     * @param keys further provider string keys; without {@code users} or {@code directoryUser} the directory of
     *     user 0 is read
     * @return the provider, opened through the JTAPI peer factory (out of service at first)
     */
    public Provider open(String... keys) {
        String string = providerString(keys);
        if (!string.contains(";users=") && !string.contains(";directoryUser=")) {
            string += ";directoryUser=" + userId(0);
        }
        try {
            provider = JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer").getProvider(string);
        } catch (javax.telephony.JtapiPeerUnavailableException e) {
            throw new AssertionError("the bwjtapi peer is not on the class path", e);
        }
        return provider;
    }

    /** @return the provider opened last */
    public Provider provider() {
        return provider;
    }

    /** Waits until the provider is in service. */
    public void awaitInService() {
        Await.until(SequenceLog.WAIT, "provider IN_SERVICE", () -> provider.getState() == Provider.IN_SERVICE,
                () -> "state " + provider.getState());
    }

    /** @return the counters of the provider's session */
    public SessionStats stats() {
        return BroadWorksConnector.stats(provider.getName()).orElseThrow();
    }

    /** @param index a user's index @return the user */
    public SimUser user(int index) {
        return sim.users().get(index);
    }

    /** @param index a user's index @return its userId */
    public String userId(int index) {
        return user(index).userId();
    }

    /** @param index a user's index @return its extension, which is its JTAPI address name */
    public String ext(int index) {
        return user(index).extension();
    }

    /** @param index a user's index @return its JTAPI address */
    public Address address(int index) throws Exception {
        return provider.getAddress(ext(index));
    }

    /** @param index a user's index @return its JTAPI terminal (named by userId) */
    public Terminal terminal(int index) throws Exception {
        return provider.getTerminal(userId(index));
    }

    /** @param indexes users @return the {@code users=} key naming them by userId */
    public String users(int... indexes) {
        StringJoiner ids = new StringJoiner(",");
        for (int index : indexes) {
            ids.add(userId(index));
        }
        return "users=" + ids;
    }

    /** @return every user's id */
    public List<String> userIds() {
        return sim.users().stream().map(SimUser::userId).toList();
    }

    /** Asserts that every XML document the provider sent to BroadWorks is valid by the official Xsi schema. */
    public void assertRequestsValid() {
        if (SharedReference.root().isPresent()) {
            for (RecordedRequest request : sim.requests()) {
                if (request.hasXmlBody()) {
                    XsiSchemaValidator.assertValid(request.body());
                }
            }
        }
    }

    /** Shuts the provider down, checks what it sent against the Xsi schema and stops the simulator. */
    @Override
    public void close() {
        try {
            if (provider != null && provider.getState() != Provider.SHUTDOWN) {
                provider.shutdown();
            }
            assertRequestsValid();
        } finally {
            sim.close();
        }
    }
}
