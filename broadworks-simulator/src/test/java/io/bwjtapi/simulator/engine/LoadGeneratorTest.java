package io.bwjtapi.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.load.HoldTimeDistribution;
import io.bwjtapi.simulator.load.LoadGenerator;
import io.bwjtapi.simulator.load.TrafficProfile;
import io.bwjtapi.simulator.load.TrafficStats;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    private static TrafficProfile profile(double externalShare) {
        return new TrafficProfile(50, Duration.ofSeconds(2), HoldTimeDistribution.EXPONENTIAL, externalShare,
                Duration.ofMillis(500));
    }

    private static List<String> run(EngineFixture f, LoadGenerator load, Duration duration) {
        load.start(profile(0.3));
        f.time.advance(duration);
        return f.events.stream().map(e -> e.user().userId() + " " + EngineFixture.name(e)).collect(Collectors.toList());
    }

    @Test
    void placesCallsAtTheConfiguredRateAndCompletesThem() {
        EngineFixture f = new EngineFixture();
        LoadGenerator load = new LoadGenerator(f.engine, f.time, f.time, 7);

        load.start(profile(0.3));
        f.time.advance(Duration.ofSeconds(10));
        load.stop();
        f.time.advance(Duration.ofSeconds(60));

        TrafficStats stats = load.stats();
        assertTrue(stats.started() >= 490 && stats.started() <= 500, "about 50 calls/s for 10 s: " + stats);
        assertEquals(stats.started(), stats.completed() + stats.failed(), "every call completes or fails: " + stats);
        assertTrue(stats.completed() > stats.started() / 2, stats.toString());
        assertTrue(f.engine.failover().truth().calls().isEmpty(), "every call ends after its hold time");
        f.validateFirst(300);
    }

    @Test
    void theSameSeedProducesTheSameTraffic() {
        EngineFixture first = new EngineFixture();
        EngineFixture second = new EngineFixture();

        List<String> a = run(first, new LoadGenerator(first.engine, first.time, first.time, 42), Duration.ofSeconds(3));
        List<String> b = run(second, new LoadGenerator(second.engine, second.time, second.time, 42), Duration.ofSeconds(3));

        assertTrue(a.size() > 100);
        assertEquals(a, b);
    }

    @Test
    void externalShareSendsCallsToTheNetwork() {
        EngineFixture f = new EngineFixture();
        LoadGenerator load = new LoadGenerator(f.engine, f.time, f.time, 3);
        load.start(new TrafficProfile(20, Duration.ofSeconds(30), HoldTimeDistribution.FIXED, 1.0,
                Duration.ofSeconds(1)));
        f.time.advance(Duration.ofSeconds(2));

        assertTrue(f.engine.failover().truth().calls().stream()
                .allMatch(c -> c.halves().stream().anyMatch(h -> h.external())));
    }
}
