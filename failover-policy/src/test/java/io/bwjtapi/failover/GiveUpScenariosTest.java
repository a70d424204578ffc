package io.bwjtapi.failover;

import static io.bwjtapi.failover.PolicyDriver.XSP1;
import static io.bwjtapi.failover.PolicyDriver.XSP2;
import static io.bwjtapi.failover.PolicyDriver.XSP3;
import static io.bwjtapi.failover.ScenarioSteps.ALICE;
import static io.bwjtapi.failover.ScenarioSteps.advanceUntilOpen;
import static io.bwjtapi.failover.ScenarioSteps.assertDecisions;
import static io.bwjtapi.failover.ScenarioSteps.bringUp;
import static io.bwjtapi.failover.ScenarioSteps.refuseEveryAttemptFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenStarted;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.ShutdownRequested;
import io.bwjtapi.failover.state.ProviderState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scenarios (h) and (i) of jtapi-failover.md section 8, and the other ways to SHUTDOWN. */
class GiveUpScenariosTest {

    @Nested
    @DisplayName("(h) reconnect limit reached")
    class ReconnectLimit {
        @Test
        void attemptLimitShutsDownAfterTheLastFailedAttempt() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b.reconnectAttemptLimit(3));
            bringUp(driver, List.of(XSP1, XSP2), ALICE);
            driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET));
            driver.fact(ChannelLost.of(XSP2, ChannelLost.Kind.RESET));

            assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp1, RECONNECT]",
                    "OpenChannel[xsp2, RECONNECT]");
            assertDecisions(driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.REFUSED)));
            assertDecisions(driver.fact(ChannelOpenFailed.httpStatus(XSP2, 503)));
            advanceUntilOpen(driver, XSP1);
            assertDecisions(driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.TIMEOUT)),
                    "GiveUp[RECONNECT_ATTEMPTS_EXHAUSTED, xsp1: open failed: TIMEOUT; xsp2: open failed: HTTP 503]",
                    "CloseChannel[xsp2, SHUTDOWN]",
                    "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> CLOSED, PROVIDER_SHUTDOWN]",
                    "ProviderStateChange[OUT_OF_SERVICE -> SHUTDOWN, RECONNECT_LIMIT_REACHED]");
            assertTrue(driver.policy.nextDeadline().isEmpty());
            assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP2)));
        }

        @Test
        void timeLimitShutsDownExactlyWhenItExpiresAndAbandonsTheAttemptInFlight() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b.reconnectTimeLimit(Duration.ofSeconds(30)));
            bringUp(driver, List.of(XSP1), ALICE);
            driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.EOF));
            // Every attempt hangs until the open timeout (10 s) abandons it.
            List<Decision> decisions = driver.advance(Duration.ofMillis(29_999));
            assertEquals(ProviderState.OUT_OF_SERVICE, driver.policy.providerState(), decisions::toString);
            assertDecisions(driver.advance(Duration.ofMillis(1)),
                    "GiveUp[RECONNECT_TIME_EXHAUSTED, xsp1: open timed out]",
                    "CloseChannel[xsp1, SHUTDOWN]",
                    "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> CLOSED, PROVIDER_SHUTDOWN]",
                    "ProviderStateChange[OUT_OF_SERVICE -> SHUTDOWN, RECONNECT_LIMIT_REACHED]");
        }

        @Test
        void byDefaultThePolicyNeverGivesUp() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
            bringUp(driver, List.of(XSP1, XSP2), ALICE);
            driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET));
            driver.fact(ChannelLost.of(XSP2, ChannelLost.Kind.RESET));
            List<Decision> hour = refuseEveryAttemptFor(driver, Duration.ofHours(1));
            assertEquals(ProviderState.OUT_OF_SERVICE, driver.policy.providerState());
            // Capped backoff: both servers are tried about every 2.4-3 s for the whole hour.
            assertTrue(hour.size() > 2 * 3600 / 3, "attempts in an hour: " + hour.size());
        }
    }

    @Nested
    @DisplayName("(i) initial open with every server down")
    class InitialOpenFails {
        @Test
        void eachServerIsTriedOnceThenThePolicyGivesUpWithoutRetrying() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
            assertDecisions(driver.start(), "OpenChannel[xsp1, INITIAL_OPEN]", "OpenChannel[xsp2, INITIAL_OPEN]");
            assertDecisions(driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.REFUSED)));
            assertDecisions(driver.fact(ChannelOpenFailed.of(XSP2, ChannelOpenFailed.Kind.AUTH_REJECTED)),
                    "GiveUp[INITIAL_OPEN_FAILED, xsp1: open failed: REFUSED; xsp2: open failed: AUTH_REJECTED]",
                    "ProviderStateChange[CONNECTING -> SHUTDOWN, INITIAL_OPEN_FAILED]");
            assertTrue(driver.policy.nextDeadline().isEmpty());
            assertDecisions(driver.advance(Duration.ofMinutes(5)));
        }

        @Test
        void withOneDesiredChannelTheServersAreTriedInPreferenceOrder() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2, XSP3), b -> b.desiredChannels(1));
            assertDecisions(driver.start(), "OpenChannel[xsp1, INITIAL_OPEN]");
            assertDecisions(driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.REFUSED)),
                    "OpenChannel[xsp2, INITIAL_OPEN]");
            driver.advance(Duration.ofSeconds(2));
            driver.fact(new ChannelOpenStarted(XSP2));
            // The open timeout runs from the moment the wiring started the attempt.
            assertDecisions(driver.advance(Duration.ofMillis(9_999)));
            assertDecisions(driver.advance(Duration.ofMillis(1)), "CloseChannel[xsp2, OPEN_TIMED_OUT]",
                    "OpenChannel[xsp3, INITIAL_OPEN]");
            assertDecisions(driver.fact(ChannelOpenFailed.httpStatus(XSP3, 401)),
                    "GiveUp[INITIAL_OPEN_FAILED, xsp1: open failed: REFUSED; xsp2: open timed out;"
                            + " xsp3: open failed: AUTH_REJECTED]",
                    "ProviderStateChange[CONNECTING -> SHUTDOWN, INITIAL_OPEN_FAILED]");
        }

        @Test
        void oneServerAnsweringOpensTheProviderAndTheOtherIsRetriedNormally() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
            driver.start();
            assertDecisions(driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.RESET)));
            assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP2)),
                    "ProviderStateChange[CONNECTING -> DEGRADED, CHANNELS_DOWN]");
            assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp1, RECONNECT]");
        }
    }

    @Test
    void shutdownRequestedClosesChannelsAndDevicesAndEndsThePolicy() {
        PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
        bringUp(driver, List.of(XSP1, XSP2), ALICE);
        assertDecisions(driver.fact(ShutdownRequested.INSTANCE), "CloseChannel[xsp1, SHUTDOWN]",
                "CloseChannel[xsp2, SHUTDOWN]",
                "DeviceStateChange[alice@example.com: IN_SERVICE -> CLOSED, PROVIDER_SHUTDOWN]",
                "ProviderStateChange[IN_SERVICE -> SHUTDOWN, SHUTDOWN_REQUESTED]");
        assertTrue(driver.policy.nextDeadline().isEmpty());
        long ignored = driver.policy.ignoredFacts();
        assertDecisions(driver.fact(ShutdownRequested.INSTANCE));
        assertEquals(ignored + 1, driver.policy.ignoredFacts());
    }
}
