package io.bwjtapi.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.load.HoldTimeDistribution;
import io.bwjtapi.simulator.load.LoadGenerator;
import io.bwjtapi.simulator.load.TrafficProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HoldTimeDistributionTest {

    @Test
    void meanHoldTimeIsHonouredForEveryDistribution() {
        for (HoldTimeDistribution d : HoldTimeDistribution.values()) {
            EngineFixture f = new EngineFixture();
            LoadGenerator load = new LoadGenerator(f.engine, f.time, f.time, 11);
            load.start(new TrafficProfile(10, Duration.ofSeconds(4), d, 1.0, Duration.ZERO));
            f.time.advance(Duration.ofSeconds(60));
            load.stop();
            f.time.advance(Duration.ofSeconds(600));
            // Little's law: with all calls external (never busy), completed calls = started.
            assertEquals(load.stats().started(), load.stats().completed(), d.name());
        }
    }

    @Test
    void profilesRejectNonsense() {
        assertThrowsIae(() -> TrafficProfile.of(0, Duration.ofSeconds(1)));
        assertThrowsIae(() -> new TrafficProfile(1, Duration.ofSeconds(1), HoldTimeDistribution.FIXED, 2,
                Duration.ZERO));
        assertTrue(TrafficProfile.of(5, Duration.ofSeconds(1)).externalShare() > 0);
    }

    private static void assertThrowsIae(Runnable r) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
    }
}
