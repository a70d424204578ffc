package io.bwjtapi.failover;

import static io.bwjtapi.failover.PolicyDriver.XSP1;
import static io.bwjtapi.failover.PolicyDriver.XSP2;
import static io.bwjtapi.failover.ScenarioSteps.ALICE;
import static io.bwjtapi.failover.ScenarioSteps.assertDecisions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.state.ChannelState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fallback to the preferred XSP is make before break and waits until it has been healthy long enough. */
class FallbackTest {
    private PolicyDriver driver;

    /** One desired channel; the preferred xsp1 is down at open, so xsp2 stands in. */
    @BeforeEach
    void onTheSubstitute() {
        driver = new PolicyDriver(List.of(XSP1, XSP2), b -> b.desiredChannels(1));
        assertDecisions(driver.start(), "OpenChannel[xsp1, INITIAL_OPEN]");
        assertDecisions(driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.REFUSED)),
                "OpenChannel[xsp2, INITIAL_OPEN]");
        assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP2)),
                "ProviderStateChange[CONNECTING -> IN_SERVICE, CHANNELS_LIVE]");
        driver.fact(new DeviceAdded(ALICE));
        driver.fact(SnapshotReceived.solicited(ALICE, true));
    }

    @Test
    void preferredXspReplacesTheSubstituteOnlyAfterStayingLiveForTheFallbackTime() {
        assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp1, FALLBACK]");
        assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP1)));
        assertEquals(2, driver.policy.liveChannels(), "make: both channels live");

        assertDecisions(driver.advance(Duration.ofMillis(59_999)));
        assertDecisions(driver.advance(Duration.ofMillis(1)), "CloseChannel[xsp2, FALLBACK_DONE]",
                "ForceResync[CHANNEL_LOSS, [alice@example.com]]");
        assertEquals(1, driver.policy.liveChannels(), "break: one channel left, on the preferred XSP");
        assertEquals(ChannelState.OPEN, driver.policy.channelState(XSP1));
    }

    @Test
    void preferredXspThatDropsDuringItsHealthyPeriodLeavesTheSubstituteInPlace() {
        driver.advance(Duration.ofMillis(500));
        driver.fact(new ChannelOpenSucceeded(XSP1));
        driver.advance(Duration.ofSeconds(30));
        assertDecisions(driver.fact(ChannelLost.of(XSP1, ChannelLost.Kind.RESET)),
                "ForceResync[CHANNEL_LOSS, [alice@example.com]]");
        driver.fact(SnapshotReceived.solicited(ALICE, true));
        assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp1, FALLBACK]");
        driver.fact(new ChannelOpenSucceeded(XSP1));
        // The healthy period starts again from the new channel.
        assertDecisions(driver.advance(Duration.ofSeconds(59)));
        assertEquals(ChannelState.OPEN, driver.policy.channelState(XSP2));
        assertDecisions(driver.advance(Duration.ofSeconds(1)), "CloseChannel[xsp2, FALLBACK_DONE]",
                "ForceResync[CHANNEL_LOSS, [alice@example.com]]");
    }

    @Test
    void substituteLostWhileThePreferredIsStillDownIsReplacedByThePreferredAsSoonAsItAnswers() {
        assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp1, FALLBACK]");
        driver.fact(ChannelOpenFailed.of(XSP1, ChannelOpenFailed.Kind.REFUSED));
        assertDecisions(driver.fact(ChannelLost.of(XSP2, ChannelLost.Kind.RESET)),
                "ProviderStateChange[IN_SERVICE -> DEGRADED, CHANNELS_DOWN]");
        // Both XSPs are backing off now; whichever is ready first is tried.
        assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp2, SUBSTITUTE]");
        assertDecisions(driver.fact(ChannelOpenFailed.of(XSP2, ChannelOpenFailed.Kind.REFUSED)));
        // The grace period (1 s) ends while xsp1 is being tried.
        assertDecisions(driver.advance(Duration.ofMillis(500)), "OpenChannel[xsp1, RECONNECT]",
                "DeviceStateChange[alice@example.com: IN_SERVICE -> OUT_OF_SERVICE, CONNECTION_LOST]",
                "ProviderStateChange[DEGRADED -> OUT_OF_SERVICE, NO_LIVE_CHANNEL]");
        assertDecisions(driver.fact(new ChannelOpenSucceeded(XSP1)),
                "ProviderStateChange[OUT_OF_SERVICE -> IN_SERVICE, CHANNELS_LIVE]",
                "DeviceStateChange[alice@example.com: OUT_OF_SERVICE -> RESYNCING, RESYNC_STARTED]",
                "ForceResync[CHANNEL_LOSS, [alice@example.com]]");
    }
}
