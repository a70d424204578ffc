package io.bwjtapi.simulator.support;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.EmittedDocument;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.testsupport.XsiSchemaValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the simulator's loopback tests: a simulator with fast timers per test, and after each test every
 * document it emitted is validated against the official Xsi schema (when ../shared is present).
 */
public abstract class SimulatorIT {
    protected static final String ADMIN = SimulatorConfig.DEFAULT_ADMIN_LOGIN;
    protected static final String PASSWORD = SimulatorConfig.DEFAULT_PASSWORD;

    protected BroadWorksSimulator sim;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /** Adjusts the test's configuration; the base already has fast timers and no acknowledgement tracking. */
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder;
    }

    @BeforeEach
    void startSimulator() {
        sim = BroadWorksSimulator.start(configure(SimulatorConfig.builder().users(6).callCenterAgents(1)
                .ackTimeout(Duration.ZERO).clickToDialAnswerDelay(Duration.ofMillis(50))).build());
    }

    @AfterEach
    void stopSimulatorAndValidate() throws Exception {
        try {
            for (AutoCloseable c : closeables) {
                c.close();
            }
            if (SharedReference.root().isPresent()) {
                for (EmittedDocument document : sim.documents()) {
                    XsiSchemaValidator.assertValid(document.document());
                }
            }
        } finally {
            sim.close();
        }
    }

    /** The simulator of the running test. */
    public BroadWorksSimulator simulator() {
        return sim;
    }

    protected <T extends AutoCloseable> T closeLater(T closeable) {
        closeables.add(closeable);
        return closeable;
    }

    protected XsiTestClient admin() {
        return new XsiTestClient(sim.xspBaseUri(0), ADMIN, PASSWORD);
    }

    protected XsiTestClient admin(int xsp) {
        return new XsiTestClient(sim.xspBaseUri(xsp), ADMIN, PASSWORD);
    }

    protected XsiTestClient as(String userId) {
        return new XsiTestClient(sim.xspBaseUri(0), userId, PASSWORD);
    }

    public Monitor monitor(String channelSetId) {
        return closeLater(Monitor.open(sim, channelSetId, false));
    }

    /** The userId of the n-th user (0-based). */
    public String user(int n) {
        return sim.users().get(n).userId();
    }
}
