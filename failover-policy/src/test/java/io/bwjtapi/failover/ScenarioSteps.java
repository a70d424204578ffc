package io.bwjtapi.failover;

import static io.bwjtapi.failover.PolicyDriver.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.OpenChannel;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.HeartbeatSent;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.fact.StreamTraffic;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.failover.state.ProviderState;
import java.time.Duration;
import java.time.Instant;
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

    /** Answers every open attempt in the period with a refusal, letting backoff run; returns all decisions. */
    static List<Decision> refuseEveryAttemptFor(PolicyDriver driver, Duration period) {
        Instant end = driver.clock.now().plus(period);
        List<Decision> all = new ArrayList<>();
        while (driver.clock.now().isBefore(end)) {
            Instant next = driver.policy.nextDeadline().filter(d -> d.isBefore(end)).orElse(end);
            for (Decision decision : driver.advanceTo(next)) {
                all.add(decision);
                if (decision instanceof OpenChannel) {
                    all.addAll(driver.fact(ChannelOpenFailed.of(((OpenChannel) decision).endpoint(),
                            ChannelOpenFailed.Kind.REFUSED)));
                }
            }
        }
        return all;
    }

    /** Lets time pass until the policy decides to open a channel on the XSP. */
    static void advanceUntilOpen(PolicyDriver driver, XspEndpoint endpoint) {
        for (int deadlines = 0; deadlines < 100; deadlines++) {
            Instant next = driver.policy.nextDeadline().orElseThrow();
            boolean opened = driver.advanceTo(next).stream().anyMatch(d -> d instanceof OpenChannel
                    && ((OpenChannel) d).endpoint().equals(endpoint));
            if (opened) {
                return;
            }
        }
        throw new AssertionError("no attempt on " + endpoint);
    }

    /**
     * One XSP, the devices in service on it; then its channel is reset and every attempt is refused for two
     * seconds, which takes the provider and the devices out of service.
     */
    static PolicyDriver outageOnOneXsp(DeviceId... devices) {
        PolicyDriver driver = new PolicyDriver(List.of(PolicyDriver.XSP1), b -> b);
        bringUp(driver, List.of(PolicyDriver.XSP1), devices);
        driver.fact(ChannelLost.of(PolicyDriver.XSP1, ChannelLost.Kind.RESET));
        refuseEveryAttemptFor(driver, Duration.ofSeconds(2));
        return driver;
    }
}
