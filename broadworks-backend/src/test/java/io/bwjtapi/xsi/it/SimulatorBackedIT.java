package io.bwjtapi.xsi.it;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.testsupport.Await;
import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.testsupport.XsiSchemaValidator;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiClientConfigBuilder;
import io.bwjtapi.xsi.XsiCredentials;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.channel.EventChannel;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the backend's integration tests: an in-process simulator (two XSPs, fast timers) and a client
 * configured for it, both fresh per test. After each test every request body the client sent is validated
 * against the official Xsi schema (when ../shared is present).
 */
abstract class SimulatorBackedIT {
    static final String ADMIN = SimulatorConfig.DEFAULT_ADMIN_LOGIN;
    static final String PASSWORD = SimulatorConfig.DEFAULT_PASSWORD;
    static final Duration WAIT = Duration.ofSeconds(10);

    BroadWorksSimulator sim;
    XsiClient client;
    final RecordingListener facts = new RecordingListener();
    final RecordingConsumer events = new RecordingConsumer();

    /** Adjusts the simulator; the base has 6 users (one agent) and fast click-to-dial answers. */
    SimulatorConfig.Builder simulator(SimulatorConfig.Builder builder) {
        return builder;
    }

    /** Adjusts the client; the base has fast heartbeats and short timeouts. */
    XsiClientConfigBuilder client(XsiClientConfigBuilder builder) {
        return builder;
    }

    @BeforeEach
    void start() {
        sim = BroadWorksSimulator.start(simulator(SimulatorConfig.builder().users(6).callCenterAgents(1)
                .clickToDialAnswerDelay(Duration.ofMillis(50)).ackTimeout(Duration.ofSeconds(5))).build());
        client = newClient(ADMIN, PASSWORD);
        client.addLifecycleListener(facts);
        client.setEventConsumer(events);
    }

    XsiClient newClient(String login, String password) {
        XsiClientConfigBuilder builder = XsiClientConfig.builder(endpoints(), XsiCredentials.of(login, password))
                .heartbeatInterval(Duration.ofMillis(800)).heartbeatTimeout(Duration.ofMillis(750))
                .requestTimeout(Duration.ofSeconds(3)).connectTimeout(Duration.ofSeconds(2))
                .reorderWindow(Duration.ofMillis(300)).unknownSubscriptionGrace(Duration.ofSeconds(2))
                .overloadBackoff(Duration.ofMillis(20), Duration.ofMillis(200));
        return XsiClient.create(client(builder).build());
    }

    List<XsiEndpoint> endpoints() {
        return sim.xspBaseUris().stream().map(SimulatorBackedIT::endpoint).toList();
    }

    static XsiEndpoint endpoint(URI uri) {
        return XsiEndpoint.http(uri.getHost(), uri.getPort());
    }

    XsiEndpoint xsp(int index) {
        return endpoint(sim.xspBaseUri(index));
    }

    String user(int n) {
        return sim.users().get(n).userId();
    }

    EventChannel open(int xsp) {
        return get(client.channels().open(xsp(xsp)));
    }

    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("future did not complete normally: " + e, e);
        }
    }

    static void await(String what, BooleanSupplier condition) {
        Await.until(WAIT, what, condition);
    }

    void awaitFact(String name) {
        Await.until(WAIT, "fact " + name, () -> facts.has(name), facts::all);
    }

    @AfterEach
    void stop() {
        try {
            client.close();
            if (SharedReference.root().isPresent()) {
                for (RecordedRequest request : sim.requests()) {
                    if (request.hasXmlBody()) {
                        XsiSchemaValidator.assertValid(request.body());
                    }
                }
            }
        } finally {
            sim.close();
        }
    }
}
