package io.bwjtapi.failover;

import static io.bwjtapi.failover.PolicyDriver.XSP1;
import static io.bwjtapi.failover.PolicyDriver.XSP2;
import static io.bwjtapi.failover.ScenarioSteps.ALICE;
import static io.bwjtapi.failover.ScenarioSteps.BOB;
import static io.bwjtapi.failover.ScenarioSteps.CAROL;
import static io.bwjtapi.failover.ScenarioSteps.DAVE;
import static io.bwjtapi.failover.ScenarioSteps.advanceUntilOpen;
import static io.bwjtapi.failover.ScenarioSteps.assertDecisions;
import static io.bwjtapi.failover.ScenarioSteps.bringUp;
import static io.bwjtapi.failover.ScenarioSteps.heartbeatRounds;
import static io.bwjtapi.failover.ScenarioSteps.outageOnOneXsp;
import static io.bwjtapi.failover.ScenarioSteps.refuseEveryAttemptFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.OpenChannel;
import io.bwjtapi.failover.fact.CallAlertingEnded;
import io.bwjtapi.failover.fact.CallStarted;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.DeviceRemoved;
import io.bwjtapi.failover.fact.HeartbeatAnswered;
import io.bwjtapi.failover.fact.HeartbeatSent;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.fact.StreamTraffic;
import io.bwjtapi.failover.fact.SubscriptionRefused;
import io.bwjtapi.failover.state.DeviceState;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The suggested failover scenarios of jtapi-failover.md section 8, walked as fact sequences: (a)-(g) and (j) here,
 * (h) and (i) in {@link GiveUpScenariosTest}.
 */
class FailoverScenariosTest {

    @Nested
    @DisplayName("(a) TCP reset of the event channel")
    class TcpReset {
        @Test
        void resetWhileAnotherChannelLivesIsInvisibleAndResyncsEveryDevice() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
            bringUp(driver, List.of(XSP1, XSP2), ALICE, BOB);
            int deviceChangesBefore = driver.events.devices.size();

            assertDecisions(driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET)),
                    "ProviderStateChange[IN_SERVICE -> DEGRADED, CHANNELS_DOWN]",
                    "ForceResync[CHANNEL_LOSS, [alice@example.com, bob@example.com]]");
            assertEquals(DeviceState.IN_SERVICE, driver.policy.deviceState(ALICE).orElseThrow());

            // The reset server waits its first backoff (0.5 s, up to 20% shorter), then is tried again.
            assertDecisions(driver.advance(Duration.ofMillis(399)));
            assertDecisions(driver.advance(Duration.ofMillis(101)), "OpenChannel[xsp1, RECONNECT]");
            assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP1)),
                    "ProviderStateChange[DEGRADED -> IN_SERVICE, CHANNELS_LIVE]");
            // Agreeing snapshots confirm the model: no device ever left service.
            assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, true)));
            assertDecisions(driver.fact(SnapshotReceived.solicited(BOB, true)));
            assertEquals(deviceChangesBefore, driver.events.devices.size(), "no device left service");
        }

        @Test
        void resetOfTheOnlyChannelRecoveredWithinGraceNeverGoesOutOfService() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b.desiredChannels(1));
            bringUp(driver, List.of(XSP1), ALICE);

            // The other XSP stands in at once; devices wait for a live channel before resyncing.
            assertDecisions(driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.EOF)),
                    "ProviderStateChange[IN_SERVICE -> DEGRADED, CHANNELS_DOWN]",
                    "OpenChannel[xsp2, SUBSTITUTE]");
            driver.advance(Duration.ofMillis(300));
            assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP2)),
                    "ProviderStateChange[DEGRADED -> IN_SERVICE, CHANNELS_LIVE]",
                    "ForceResync[CHANNEL_LOSS, [alice@example.com]]");
            assertEquals(DeviceState.IN_SERVICE, driver.policy.deviceState(ALICE).orElseThrow());
        }

        @Test
        void resetOfTheOnlyChannelBeyondGraceTakesDevicesThenProviderOutOfService() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b);
            bringUp(driver, List.of(XSP1), ALICE, BOB);

            assertDecisions(driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET)),
                    "ProviderStateChange[IN_SERVICE -> DEGRADED, CHANNELS_DOWN]");
            assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp1, RECONNECT]");
            assertDecisions(driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.REFUSED)));
            // Grace (1 s) over: devices go out of service first, then the provider (Cisco order).
            assertDecisions(driver.advance(Duration.ofMillis(500)),
                    "DeviceStateChange[alice@example.com: IN_SERVICE -> OUT_OF_SERVICE, CONNECTION_LOST]",
                    "DeviceStateChange[bob@example.com: IN_SERVICE -> OUT_OF_SERVICE, CONNECTION_LOST]",
                    "ProviderStateChange[DEGRADED -> OUT_OF_SERVICE, NO_LIVE_CHANNEL]");
        }
    }

    @Nested
    @DisplayName("(b) silent loss, detected from heartbeats")
    class SilentLoss {
        @Test
        void silentXspIsDeclaredDeadTwoSecondsAfterItsLastTraffic() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
            bringUp(driver, List.of(XSP1, XSP2), ALICE);
            heartbeatRounds(driver, 4, Set.of(XSP1, XSP2), Set.of(XSP1, XSP2));
            driver.fact(new HeartbeatSent(XSP1));
            driver.fact(new StreamTraffic(XSP1));
            long lastTraffic = driver.clock.elapsedMillis();
            heartbeatRounds(driver, 1, Set.of(XSP2), Set.of(XSP2));

            // From here xsp1 stays silent while heartbeats keep being sent every second.
            List<Decision> decisions = List.of();
            while (decisions.isEmpty()) {
                decisions = heartbeatRounds(driver, 1, Set.of(XSP1, XSP2), Set.of(XSP2));
            }
            assertDecisions(decisions, "CloseChannel[xsp1, HEARTBEAT_UNANSWERED]",
                    "ProviderStateChange[IN_SERVICE -> DEGRADED, CHANNELS_DOWN]",
                    "ForceResync[CHANNEL_LOSS, [alice@example.com]]");
            long detectedAt = driver.events.channels.get(driver.events.channels.size() - 1).at().toEpochMilli()
                    - VirtualClock.EPOCH.toEpochMilli();
            assertEquals(2000, detectedAt - lastTraffic, "declared dead exactly the silence timeout after last traffic");
        }

        @Test
        void xspAnsweringHeartbeatsWithASilentStreamIsAStalledStream() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b);
            bringUp(driver, List.of(XSP1), ALICE);
            driver.fact(new HeartbeatSent(XSP1));
            driver.fact(new HeartbeatAnswered(XSP1));
            driver.advance(Duration.ofSeconds(1));
            driver.fact(new HeartbeatSent(XSP1));
            driver.fact(new HeartbeatAnswered(XSP1));
            assertDecisions(driver.advance(Duration.ofSeconds(1)), "CloseChannel[xsp1, STREAM_STALLED]",
                    "ProviderStateChange[IN_SERVICE -> DEGRADED, CHANNELS_DOWN]");
        }

        @Test
        void aStreamIsNotBlamedForSilenceWhileNoHeartbeatWasSent() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b);
            bringUp(driver, List.of(XSP1), ALICE);
            assertDecisions(driver.advance(Duration.ofSeconds(30)));
            // The first heartbeat after a local stall gets one heartbeat interval to be echoed.
            driver.fact(new HeartbeatSent(XSP1));
            assertDecisions(driver.advance(Duration.ofMillis(999)));
            assertDecisions(driver.advance(Duration.ofMillis(1)), "CloseChannel[xsp1, HEARTBEAT_UNANSWERED]",
                    "ProviderStateChange[IN_SERVICE -> DEGRADED, CHANNELS_DOWN]");
        }
    }

    @Nested
    @DisplayName("(c) outage with an active two-party call on an observed address")
    class OutageWithActiveCall {
        @Test
        void bothPartiesGoOutOfServiceAndComeBackThroughTheirSnapshots() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
            bringUp(driver, List.of(XSP1, XSP2), ALICE, BOB);
            driver.fact(new CallStarted(ALICE, "callhalf-1", CallStarted.Kind.ORIGINATED));
            driver.fact(new CallStarted(BOB, "callhalf-2", CallStarted.Kind.ALERTING));
            driver.fact(SnapshotReceived.solicited(ALICE, true));
            driver.fact(SnapshotReceived.solicited(BOB, true));

            driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET));
            assertDecisions(driver.fact(ChannelLost.of(XSP2, ChannelLost.Kind.RESET)));
            List<Decision> down = driver.advance(Duration.ofSeconds(1));
            assertEquals(List.of("DeviceStateChange[alice@example.com: IN_SERVICE -> OUT_OF_SERVICE, CONNECTION_LOST]",
                    "DeviceStateChange[bob@example.com: IN_SERVICE -> OUT_OF_SERVICE, CONNECTION_LOST]",
                    "ProviderStateChange[DEGRADED -> OUT_OF_SERVICE, NO_LIVE_CHANNEL]"),
                    PolicyDriver.describe(down).subList(down.size() - 3, down.size()));
            // While no channel is live nothing but reconnect attempts happens: no resync, no device change.
            List<Decision> outage = refuseEveryAttemptFor(driver, Duration.ofSeconds(5));
            assertTrue(outage.stream().allMatch(d -> d instanceof OpenChannel), PolicyDriver.describe(outage)::toString);

            // xsp1 answers its next attempt.
            advanceUntilOpen(driver, XSP1);
            assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP1)),
                    "ProviderStateChange[OUT_OF_SERVICE -> DEGRADED, CHANNELS_DOWN]",
                    "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                    "DeviceStateChange[bob@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                    "ForceResync[CHANNEL_LOSS, [alice@example.com, bob@example.com]]");
            // The call survived: the snapshots agree with the model, and each device is back.
            assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, true)),
                    "DeviceStateChange[alice@example.com: RESYNCING -> IN_SERVICE, SNAPSHOT_APPLIED]");
            assertDecisions(driver.fact(SnapshotReceived.solicited(BOB, true)),
                    "DeviceStateChange[bob@example.com: RESYNCING -> IN_SERVICE, SNAPSHOT_APPLIED]");
        }
    }

    @Nested
    @DisplayName("(d) call that starts and ends inside the outage")
    class CallInsideOutage {
        @Test
        void leavesNoTraceAfterRecovery() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b);
            bringUp(driver, List.of(XSP1), ALICE);
            driver.fact(new CallStarted(ALICE, "before-outage", CallStarted.Kind.ALERTING));
            driver.fact(SnapshotReceived.solicited(ALICE, true));

            driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET));
            refuseEveryAttemptFor(driver, Duration.ofSeconds(4));
            // Everything that happened meanwhile (a call began and ended, the alerting call ended) left no fact.
            advanceUntilOpen(driver, XSP1);
            assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP1)),
                    "ProviderStateChange[OUT_OF_SERVICE -> IN_SERVICE, CHANNELS_LIVE]",
                    "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                    "ForceResync[CHANNEL_LOSS, [alice@example.com]]");
            assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, false)),
                    "DeviceStateChange[alice@example.com: RESYNCING -> IN_SERVICE, SNAPSHOT_APPLIED]");
            // Reconciling removed the stale alerting call, so it is never resynced as alerting too long.
            assertTrue(driver.fact(new CallAlertingEnded(ALICE, "before-outage")).isEmpty());
            assertDecisions(driver.advance(Duration.ofSeconds(60)));
        }
    }

    @Nested
    @DisplayName("(e) shared line on two terminals")
    class SharedLine {
        private final DeviceId desk = DeviceId.of("alice-desk@example.com");
        private final DeviceId mobile = DeviceId.of("alice-mobile@example.com");

        @Test
        void serverFailoverOfOneAppearanceLeavesTheOtherInService() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b);
            bringUp(driver, List.of(XSP1, XSP2), desk, mobile);
            assertDecisions(driver.fact(SnapshotReceived.unsolicited(desk, true)),
                    "DeviceStateChange[alice-desk@example.com: IN_SERVICE -> OUT_OF_SERVICE, SERVER_FAILOVER]",
                    "DeviceStateChange[alice-desk@example.com: OUT_OF_SERVICE -> IN_SERVICE, SNAPSHOT_APPLIED]");
            assertEquals(DeviceState.IN_SERVICE, driver.policy.deviceState(mobile).orElseThrow());
        }

        @Test
        void afterAnOutageEachAppearanceComesBackWithItsOwnSnapshot() {
            PolicyDriver driver = outageOnOneXsp(desk, mobile);
            advanceUntilOpen(driver, XSP1);
            driver.fact(new ChannelOpenSucceeded(XSP1));

            assertDecisions(driver.fact(SnapshotReceived.solicited(mobile, true)),
                    "DeviceStateChange[alice-mobile@example.com: RESYNCING -> IN_SERVICE, SNAPSHOT_APPLIED]");
            assertEquals(DeviceState.RESYNCING, driver.policy.deviceState(desk).orElseThrow());
            assertDecisions(driver.fact(SnapshotReceived.solicited(desk, true)),
                    "DeviceStateChange[alice-desk@example.com: RESYNCING -> IN_SERVICE, SNAPSHOT_APPLIED]");
        }
    }

    @Nested
    @DisplayName("(f) outage during a transfer or conference")
    class OutageDuringTransfer {
        @Test
        void resyncsInFlightAreDroppedAndEveryPartyIsResyncedAfterRecovery() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b);
            bringUp(driver, List.of(XSP1), ALICE, BOB, CAROL);
            // Alice consults Carol before transferring Bob: both new calls force resyncs.
            assertDecisions(driver.fact(new CallStarted(ALICE, "consult", CallStarted.Kind.ORIGINATED)),
                    "ForceResync[CALL_ORIGINATED, [alice@example.com]]");
            assertDecisions(driver.fact(new CallStarted(CAROL, "consult", CallStarted.Kind.ALERTING)),
                    "ForceResync[CALL_ALERTING, [carol@example.com]]");

            driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET));
            refuseEveryAttemptFor(driver, Duration.ofSeconds(2));
            // A snapshot that arrives while no channel is live is not trusted.
            long ignored = driver.policy.ignoredFacts();
            assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, true)));
            assertEquals(ignored + 1, driver.policy.ignoredFacts());

            advanceUntilOpen(driver, XSP1);
            List<Decision> up = driver.fact(new ChannelOpenSucceeded(XSP1));
            assertEquals("ForceResync[CHANNEL_LOSS, [alice@example.com, bob@example.com, carol@example.com]]",
                    up.get(up.size() - 1).toString());
            // The transfer completed during the outage: every snapshot disagrees; each party simply comes back.
            for (DeviceId party : List.of(ALICE, BOB, CAROL)) {
                assertDecisions(driver.fact(SnapshotReceived.solicited(party, false)), "DeviceStateChange[" + party
                        + ": RESYNCING -> IN_SERVICE, SNAPSHOT_APPLIED]");
            }
        }
    }

    @Nested
    @DisplayName("(g) device removed from the user's list while down")
    class DeviceRemovedWhileDown {
        @Test
        void closesAtOnceAndIsLeftOutOfTheRecovery() {
            PolicyDriver driver = outageOnOneXsp(ALICE, CAROL);

            assertDecisions(driver.fact(new DeviceRemoved(CAROL, DeviceRemoved.Reason.USER_DELETED)),
                    "DeviceStateChange[carol@example.com: OUT_OF_SERVICE -> CLOSED, USER_DELETED]");
            advanceUntilOpen(driver, XSP1);
            List<Decision> up = driver.fact(new ChannelOpenSucceeded(XSP1));
            assertEquals("ForceResync[CHANNEL_LOSS, [alice@example.com]]", up.get(up.size() - 1).toString());
            // Closed is final: later facts about the device change nothing.
            assertDecisions(driver.fact(SnapshotReceived.unsolicited(CAROL, false)));
            assertTrue(driver.policy.deviceState(CAROL).isEmpty());
        }

        @Test
        void subscriptionRefusedForGoodClosesTheDevice() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b);
            bringUp(driver, List.of(XSP1), ALICE);
            driver.fact(new io.bwjtapi.failover.fact.SubscriptionLost(ALICE));
            assertDecisions(driver.fact(new SubscriptionRefused(ALICE, 404)),
                    "DeviceStateChange[alice@example.com: RESYNCING -> CLOSED, SUBSCRIPTION_REFUSED]");
        }

        @Test
        void subscriptionRefusedForNowIsRetriedAfterBackoff() {
            PolicyDriver driver = new PolicyDriver(List.of(XSP1), b -> b);
            bringUp(driver, List.of(XSP1), ALICE);
            assertDecisions(driver.fact(new io.bwjtapi.failover.fact.SubscriptionLost(ALICE)),
                    "DeviceStateChange[alice@example.com: IN_SERVICE -> OUT_OF_SERVICE, SUBSCRIPTION_LOST]",
                    "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                    "ForceResync[SUBSCRIPTION_LOST, [alice@example.com]]");
            assertDecisions(driver.fact(new SubscriptionRefused(ALICE, 503)),
                    "DeviceStateChange[alice@example.com: RESYNCING -> OUT_OF_SERVICE, SUBSCRIPTION_REFUSED]");
            assertDecisions(driver.advance(Duration.ofMillis(500)),
                    "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                    "ForceResync[RESYNC_RETRY, [alice@example.com]]");
        }
    }

    @Nested
    @DisplayName("(j) observer added during the outage")
    class ObserverAddedDuringOutage {
        @Test
        void theNewDeviceComesInServiceWithTheOthersAfterRecovery() {
            PolicyDriver driver = outageOnOneXsp(ALICE);

            assertDecisions(driver.fact(new DeviceAdded(DAVE)));
            assertEquals(DeviceState.OUT_OF_SERVICE, driver.policy.deviceState(DAVE).orElseThrow());
            advanceUntilOpen(driver, XSP1);
            assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP1)),
                    "ProviderStateChange[OUT_OF_SERVICE -> IN_SERVICE, CHANNELS_LIVE]",
                    "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                    "DeviceStateChange[dave@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                    "ForceResync[CHANNEL_LOSS, [alice@example.com]]",
                    "ForceResync[DEVICE_ADDED, [dave@example.com]]");
            assertDecisions(driver.fact(SnapshotReceived.solicited(DAVE, true)),
                    "DeviceStateChange[dave@example.com: RESYNCING -> IN_SERVICE, SNAPSHOT_APPLIED]");
        }
    }
}
