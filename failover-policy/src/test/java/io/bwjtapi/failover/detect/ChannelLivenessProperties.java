package io.bwjtapi.failover.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.failover.decision.CloseChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ChannelLivenessProperties {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    private static final Duration SILENCE = Duration.ofSeconds(2);

    /** Heartbeats every second, each echoed after a random round trip below one second: never silent. */
    @Property(tries = 200)
    void aHealthyChannelIsNeverDeclaredSilent(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 999) Integer> echoMillis) {
        ChannelLiveness liveness = new ChannelLiveness(HEARTBEAT, SILENCE, T0);
        for (int i = 0; i < echoMillis.size(); i++) {
            Instant sent = T0.plus(HEARTBEAT.multipliedBy(i + 1));
            liveness.heartbeatSent(sent);
            Instant echo = sent.plusMillis(echoMillis.get(i));
            assertFalse(liveness.isSilent(echo), "silent before the echo at " + echo);
            liveness.traffic(echo);
        }
    }

    /** The XSP goes silent after a random healthy period: the verdict comes exactly 2 s after its last traffic. */
    @Property(tries = 200)
    void aSilentXspIsDeclaredSilentTwoSecondsAfterItsLastTrafficAndWithinThree(
            @ForAll @IntRange(min = 0, max = 50) int healthyBeats,
            @ForAll @IntRange(min = 0, max = 999) int echoMillis,
            @ForAll @IntRange(min = 0, max = 999) int phaseMillis) {
        ChannelLiveness liveness = new ChannelLiveness(HEARTBEAT, SILENCE, T0);
        Instant lastTraffic = T0;
        Instant beat = T0.plusMillis(phaseMillis);
        for (int i = 0; i < healthyBeats; i++, beat = beat.plus(HEARTBEAT)) {
            liveness.heartbeatSent(beat);
            lastTraffic = beat.plusMillis(echoMillis);
            liveness.traffic(lastTraffic);
        }
        // Silent from here on; heartbeats keep being sent every second.
        Instant detected = null;
        for (Instant t = lastTraffic; detected == null; t = t.plusMillis(1)) {
            if (!t.isBefore(beat)) {
                liveness.heartbeatSent(beat);
                beat = beat.plus(HEARTBEAT);
            }
            if (liveness.isSilent(t)) {
                detected = t;
            }
        }
        assertEquals(lastTraffic.plus(SILENCE), detected);
        assertTrue(Duration.between(lastTraffic, detected).compareTo(Duration.ofSeconds(3)) <= 0);
        assertEquals(CloseChannel.Reason.HEARTBEAT_UNANSWERED, liveness.verdict());
    }

    @Property(tries = 50)
    void withoutAHeartbeatSentThereIsNoVerdict(@ForAll @IntRange(min = 0, max = 1_000_000) int silentMillis) {
        ChannelLiveness liveness = new ChannelLiveness(HEARTBEAT, SILENCE, T0);
        assertFalse(liveness.isSilent(T0.plusMillis(silentMillis)));
        assertTrue(liveness.silentAt().isEmpty());
        liveness.heartbeatSent(T0.plusMillis(silentMillis));
        assertEquals(T0.plusMillis(Math.max(silentMillis + 1000L, 2000L)), liveness.silentAt().orElseThrow());
        liveness.heartbeatAnswered();
        assertEquals(CloseChannel.Reason.STREAM_STALLED, liveness.verdict());
    }
}
