package io.bwjtapi.failover.sim;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators for the parts of a {@link WorldPlan}. */
final class WorldGenerators {
    private WorldGenerators() {
    }

    /** A configured reconnect limit. */
    static final class LimitSpec {
        final WorldPlan.Limit kind;
        final int value;

        LimitSpec(WorldPlan.Limit kind, int value) {
            this.kind = kind;
            this.value = value;
        }

        @Override
        public String toString() {
            return kind + " " + value;
        }
    }

    /** One XSP's health over the chaos phase: mostly up, with crashes, partitions and stalls. */
    static Arbitrary<List<WorldPlan.Segment>> healthSchedule() {
        Arbitrary<Health> health = Arbitraries.frequency(Tuple.of(4, Health.UP), Tuple.of(1, Health.REFUSING),
                Tuple.of(1, Health.BLACKHOLE), Tuple.of(1, Health.STALLED));
        return Combinators.combine(health, Arbitraries.integers().between(200, 40_000)).as(WorldPlan.Segment::new)
                .list().ofMinSize(1).ofMaxSize(12);
    }

    static Arbitrary<List<WorldPlan.DeviceEvent>> deviceEvents() {
        return Combinators.combine(Arbitraries.integers().between(0, (int) WorldPlan.CHAOS.toMillis() - 1),
                Arbitraries.integers().between(0, 5), Arbitraries.of(WorldPlan.DeviceEvent.Kind.values()))
                .as(WorldPlan.DeviceEvent::new).list().ofMaxSize(40);
    }

    static Arbitrary<LimitSpec> limits() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(new LimitSpec(WorldPlan.Limit.NONE, 0))),
                Tuple.of(1, Arbitraries.integers().between(1, 30).map(n -> new LimitSpec(WorldPlan.Limit.ATTEMPTS, n))),
                Tuple.of(1, Arbitraries.integers().between(1_000, 60_000)
                        .map(ms -> new LimitSpec(WorldPlan.Limit.TIME, ms))));
    }

    /** @return {grace, open timeout, fallback after} in milliseconds */
    static Arbitrary<int[]> timings() {
        return Combinators.combine(Arbitraries.of(0, 500, 1000, 3000), Arbitraries.integers().between(1_000, 10_000),
                Arbitraries.integers().between(0, 30_000)).as((grace, open, fallback) -> new int[] {grace, open,
                        fallback});
    }

    /** @return the schedules with every XSP up for the first second, so that the initial open succeeds */
    static List<List<WorldPlan.Segment>> upFirst(List<List<WorldPlan.Segment>> health) {
        List<List<WorldPlan.Segment>> shifted = new ArrayList<>();
        for (List<WorldPlan.Segment> schedule : health) {
            List<WorldPlan.Segment> withStart = new ArrayList<>();
            withStart.add(new WorldPlan.Segment(Health.UP, 1_000));
            withStart.addAll(schedule);
            shifted.add(withStart);
        }
        return shifted;
    }

    /** @return the schedules with one XSP's cut at {@code fromMillis} and up from then on */
    static List<List<WorldPlan.Segment>> upFrom(List<List<WorldPlan.Segment>> health, int server, int fromMillis) {
        List<List<WorldPlan.Segment>> copy = new ArrayList<>(health);
        List<WorldPlan.Segment> cut = new ArrayList<>();
        int start = 0;
        for (WorldPlan.Segment segment : health.get(server)) {
            if (start >= fromMillis) {
                break;
            }
            cut.add(new WorldPlan.Segment(segment.health, Math.min(segment.millis, fromMillis - start)));
            start += segment.millis;
        }
        if (start < fromMillis) {
            cut.add(new WorldPlan.Segment(Health.REFUSING, fromMillis - start));
        }
        cut.add(new WorldPlan.Segment(Health.UP, 10_000_000));
        copy.set(server, cut);
        return copy;
    }
}
