package io.bwjtapi.failover;

import static io.bwjtapi.failover.PolicyDriver.XSP1;
import static io.bwjtapi.failover.ScenarioSteps.ALICE;
import static io.bwjtapi.failover.ScenarioSteps.BOB;
import static io.bwjtapi.failover.ScenarioSteps.assertDecisions;
import static io.bwjtapi.failover.ScenarioSteps.bringUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.ForceResync;
import io.bwjtapi.failover.decision.ResyncTrigger;
import io.bwjtapi.failover.fact.CallAlerting;
import io.bwjtapi.failover.fact.CallAlertingEnded;
import io.bwjtapi.failover.fact.CallStarted;
import io.bwjtapi.failover.fact.SequenceGap;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.fact.SubscriptionCreated;
import io.bwjtapi.failover.state.DeviceState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the policy forces a resync, and what the answers do to a device in service. */
class ResyncTriggersTest {
    private PolicyDriver driver;

    @BeforeEach
    void inService() {
        driver = new PolicyDriver(List.of(XSP1), b -> b);
        bringUp(driver, List.of(XSP1), ALICE, BOB);
    }

    @Test
    void sequenceGapForcesAResyncThatAnAgreeingSnapshotClosesQuietly() {
        assertDecisions(driver.fact(new SequenceGap(ALICE)), "ForceResync[SEQUENCE_GAP, [alice@example.com]]");
        assertEquals(DeviceState.IN_SERVICE, driver.policy.deviceState(ALICE).orElseThrow());
        assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, true)));
    }

    @Test
    void disagreeingSnapshotTakesTheDeviceOutOfServiceAndBack() {
        driver.fact(new SequenceGap(ALICE));
        assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, false)),
                "DeviceStateChange[alice@example.com: IN_SERVICE -> OUT_OF_SERVICE, OUT_OF_SYNC]",
                "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> IN_SERVICE, SNAPSHOT_APPLIED]");
    }

    @Test
    void unsolicitedResyncIsAServerFailoverForThatDeviceOnly() {
        assertDecisions(driver.fact(SnapshotReceived.unsolicited(ALICE, false)),
                "DeviceStateChange[alice@example.com: IN_SERVICE -> OUT_OF_SERVICE, SERVER_FAILOVER]",
                "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> IN_SERVICE, SNAPSHOT_APPLIED]");
        assertEquals(DeviceState.IN_SERVICE, driver.policy.deviceState(BOB).orElseThrow());
    }

    @Test
    void newCallsForceResyncsBecauseBroadWorksSendsNoneThen() {
        assertDecisions(driver.fact(new CallStarted(ALICE, "c1", CallStarted.Kind.ORIGINATED)),
                "ForceResync[CALL_ORIGINATED, [alice@example.com]]");
        assertDecisions(driver.fact(new CallStarted(BOB, "c2", CallStarted.Kind.ALERTING)),
                "ForceResync[CALL_ALERTING, [bob@example.com]]");
    }

    @Test
    void triggerDuringAResyncInFlightIsSentAfterItsSnapshot() {
        driver.fact(new CallStarted(ALICE, "c1", CallStarted.Kind.ORIGINATED));
        assertDecisions(driver.fact(new SequenceGap(ALICE)));
        assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, true)),
                "ForceResync[SEQUENCE_GAP, [alice@example.com]]");
        assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, true)));
    }

    @Test
    void callAlertingTooLongForcesOneResyncAtTheThreshold() {
        driver.fact(new CallStarted(BOB, "c2", CallStarted.Kind.ALERTING));
        driver.fact(SnapshotReceived.solicited(BOB, true));
        assertDecisions(driver.advance(Duration.ofMillis(19_999)));
        assertDecisions(driver.advance(Duration.ofMillis(1)), "ForceResync[ALERTING_TOO_LONG, [bob@example.com]]");
        driver.fact(SnapshotReceived.solicited(BOB, true));
        assertDecisions(driver.advance(Duration.ofMinutes(5)));
    }

    @Test
    void alertingKnownFromASnapshotIsWatchedFromItsStartAndEndsWhenAnswered() {
        Instant since = driver.clock.now().minusSeconds(15);
        assertDecisions(driver.fact(new CallAlerting(ALICE, "c3", since)));
        assertDecisions(driver.advance(Duration.ofSeconds(5)), "ForceResync[ALERTING_TOO_LONG, [alice@example.com]]");

        driver.fact(SnapshotReceived.solicited(ALICE, true));
        driver.fact(new CallAlerting(ALICE, "c4", driver.clock.now()));
        assertTrue(driver.fact(new CallAlertingEnded(ALICE, "c4")).isEmpty());
        assertEquals(0, driver.advance(Duration.ofSeconds(60)).size());
    }

    @Test
    void resyncWithoutAnswerIsRetriedAfterItsTimeoutAndBackoff() {
        driver.fact(new SequenceGap(ALICE));
        assertDecisions(driver.advance(Duration.ofSeconds(10)));
        assertDecisions(driver.advance(Duration.ofMillis(500)), "ForceResync[RESYNC_RETRY, [alice@example.com]]");
        // A new subscription's initial event is awaited for a full timeout again.
        driver.advance(Duration.ofSeconds(9));
        driver.fact(new SubscriptionCreated(ALICE));
        assertDecisions(driver.advance(Duration.ofSeconds(9)));
        assertDecisions(driver.fact(SnapshotReceived.solicited(ALICE, true)));
        assertEquals(DeviceState.IN_SERVICE, driver.policy.deviceState(ALICE).orElseThrow());
    }

    @Test
    void periodicResyncComesEveryTwentyFourToThirtySixMinutesPerDevice() {
        Instant synced = driver.clock.now();
        Instant end = synced.plus(Duration.ofMinutes(36));
        List<Duration> periodicAfter = new ArrayList<>();
        while (driver.clock.now().isBefore(end)) {
            Instant next = driver.policy.nextDeadline().filter(d -> d.isBefore(end)).orElse(end);
            for (Decision decision : driver.advanceTo(next)) {
                ForceResync resync = (ForceResync) decision;
                assertEquals(ResyncTrigger.PERIODIC, resync.trigger());
                for (DeviceId device : resync.devices()) {
                    periodicAfter.add(Duration.between(synced, driver.clock.now()));
                    driver.fact(SnapshotReceived.solicited(device, true));
                }
            }
        }
        assertEquals(2, periodicAfter.size(), periodicAfter::toString);
        for (Duration after : periodicAfter) {
            assertTrue(after.compareTo(Duration.ofMinutes(24)) >= 0 && after.compareTo(Duration.ofMinutes(36)) <= 0,
                    after::toString);
        }
    }

    @Test
    void factsAboutUnknownDevicesChangeNothingAndAreCounted() {
        long before = driver.policy.ignoredFacts();
        DeviceId stranger = DeviceId.of("stranger@example.com");
        assertDecisions(driver.fact(new SequenceGap(stranger)));
        assertDecisions(driver.fact(SnapshotReceived.unsolicited(stranger, false)));
        assertDecisions(driver.fact(new CallAlertingEnded(ALICE, "never-alerting")));
        assertEquals(before + 3, driver.policy.ignoredFacts());
    }
}
