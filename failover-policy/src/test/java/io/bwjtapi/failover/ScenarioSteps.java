package io.bwjtapi.failover;

import static io.bwjtapi.failover.PolicyDriver.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.HeartbeatSent;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.fact.StreamTraffic;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.failover.state.ProviderState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Steps shared by the scenario tests: bring a provider up, keep heartbeats going. */
final class ScenarioSteps {
    static final DeviceId ALICE = DeviceId.of("alice@example.com");
    static final DeviceId BOB = DeviceId.of("bob@example.com");
    static final DeviceId CAROL = DeviceId.of("carol@example.com");
    static final DeviceId DAVE = DeviceId.of("dave@example.com");

    private ScenarioSteps() {
    }

    /** Opens a channel on every given XSP and brings every device in service with an agreeing snapshot. */
    static void bringUp(PolicyDriver driver, List<XspEndpoint> open, DeviceId... devices) {
        driver.start();
        for (XspEndpoint endpoint : open) {
            driver.fact(new ChannelOpenSucceeded(endpoint));
        }
        for (DeviceId device : devices) {
            driver.fact(new DeviceAdded(device));
            driver.fact(SnapshotReceived.solicited(device, true));
            assertEquals(DeviceState.IN_SERVICE, driver.policy.deviceState(device).orElseThrow());
        }
        assertEquals(ProviderState.IN_SERVICE, driver.policy.providerState());
    }

    /**
     * Lets time pass in one-second heartbeat rounds: each round sends a heartbeat on every given XSP, and the XSPs
     * in {@code answering} echo it on the stream at once.
     */
    static List<Decision> heartbeatRounds(PolicyDriver driver, int rounds, Set<XspEndpoint> sending,
            Set<XspEndpoint> answering) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (XspEndpoint endpoint : sending) {
                decisions.addAll(driver.fact(new HeartbeatSent(endpoint)));
                if (answering.contains(endpoint)) {
                    decisions.addAll(driver.fact(new StreamTraffic(endpoint)));
                }
            }
            decisions.addAll(driver.advance(Duration.ofSeconds(1)));
        }
        return decisions;
    }

    static void assertDecisions(List<Decision> actual, String... expected) {
        assertEquals(List.of(expected), describe(actual));
    }
}
