package io.bwjtapi.failover.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.failover.state.ProviderState;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The policy's rules, proven over random worlds: random XSP health over two minutes of virtual time (up, crashed,
 * partitioned, stalled), random device events, random settings, then a quiet minute with every XSP up. After
 * every step {@link PolicyInvariants} checks: every transition is in its table; never two attempts on one XSP;
 * backoff within bounds; out of service iff no live channel beyond the grace period; fallback never drops below
 * the desired count; shutdown only at the configured limit, and always at it; after the run, every forced-resync
 * trigger fired.
 */
class FailoverPolicyProperties {

    @Property(tries = 150)
    void everyRuleHoldsInEveryStepOfARandomWorld(@ForAll("worlds") WorldPlan plan) {
        new SimulatedWiring(plan, b -> { }).run();
    }

    /**
     * After a successful initial open (every XSP is up for the first second), one XSP becomes reachable for good at
     * a random time; no reconnect limit. From then on the provider is never out of service for longer than a bound:
     * each other XSP can hold the single slot for at most one open timeout plus one backoff before the reachable
     * one is tried. (Losing the only live channel still causes a short outage; it just never lasts.)
     */
    @Property(tries = 100)
    void eventuallyInServiceWhenSomeServerStaysReachable(@ForAll("reachableWorlds") ReachableWorld world) {
        WorldPlan plan = world.plan;
        long bound = plan.servers * (plan.openTimeoutMillis + 3_000L + 300L) + plan.graceMillis + 2_000L;
        long[] outOfServiceSince = {-1};
        List<String> violations = new ArrayList<>();
        new SimulatedWiring(plan, b -> { }).onEveryStep(sim -> {
            long now = sim.elapsedMillis();
            if (now < world.reachableFromMillis || sim.policy().providerState().isInService()) {
                outOfServiceSince[0] = -1;
                return;
            }
            if (outOfServiceSince[0] < 0) {
                outOfServiceSince[0] = now;
            }
            if (now - outOfServiceSince[0] > bound) {
                violations.add(sim.policy().providerState() + " from " + outOfServiceSince[0] + "ms to " + now + "ms");
            }
        }).run();
        assertTrue(violations.isEmpty(), () -> "xsp" + (world.server + 1) + " reachable from "
                + world.reachableFromMillis + "ms, yet " + violations.get(0) + " (bound " + bound + "ms)");
    }

    /** With a limit and no server ever reachable again, the policy ends in SHUTDOWN. */
    @Property(tries = 50)
    void aReachedLimitAlwaysShutsDown(@ForAll("hopelessWorlds") WorldPlan plan) {
        List<ProviderState> last = new ArrayList<>();
        new SimulatedWiring(plan, b -> { }).onEveryStep(sim -> {
            last.clear();
            last.add(sim.policy().providerState());
        }).run();
        assertTrue(last.get(0) == ProviderState.SHUTDOWN, () -> "ended " + last.get(0));
    }

    // ---- generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<WorldPlan> worlds() {
        return Arbitraries.integers().between(1, 3).flatMap(servers -> Combinators.combine(
                Arbitraries.integers().between(1, servers),
                healthSchedules(servers),
                WorldGenerators.deviceEvents(),
                Arbitraries.integers().between(0, 4),
                WorldGenerators.limits(),
                WorldGenerators.timings(),
                Arbitraries.longs())
                .as((desired, health, events, devices, limit, timing, seed) -> new WorldPlan(servers, desired, health,
                        events, devices, limit.kind, limit.value, timing[0], timing[1], timing[2], seed)));
    }

    @Provide
    Arbitrary<ReachableWorld> reachableWorlds() {
        return Arbitraries.integers().between(1, 3).flatMap(servers -> Combinators.combine(
                Arbitraries.integers().between(1, servers),
                Arbitraries.integers().between(0, servers - 1),
                Arbitraries.integers().between(1_000, 60_000),
                healthSchedules(servers),
                WorldGenerators.deviceEvents(),
                WorldGenerators.timings(),
                Arbitraries.longs())
                .as((desired, server, from, health, events, timing, seed) -> new ReachableWorld(server, from,
                        new WorldPlan(servers, desired,
                                WorldGenerators.upFrom(WorldGenerators.upFirst(health), server, from), events, 2,
                                WorldPlan.Limit.NONE, 0, timing[0], timing[1], timing[2], seed))));
    }

    @Provide
    Arbitrary<WorldPlan> hopelessWorlds() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(WorldPlan.Limit.ATTEMPTS, WorldPlan.Limit.TIME),
                Arbitraries.integers().between(1, 8),
                Arbitraries.of(Health.REFUSING, Health.BLACKHOLE, Health.STALLED),
                WorldGenerators.timings(),
                Arbitraries.longs())
                .as((servers, limit, value, health, timing, seed) -> {
                    List<List<WorldPlan.Segment>> down = new ArrayList<>();
                    for (int i = 0; i < servers; i++) {
                        down.add(List.of(new WorldPlan.Segment(Health.UP, 5_000),
                                new WorldPlan.Segment(health, 1_000_000)));
                    }
                    int limitValue = limit == WorldPlan.Limit.TIME ? value * 2500 : value;
                    return new WorldPlan(servers, servers, down, List.of(), 1, limit, limitValue, timing[0],
                            timing[1], timing[2], seed).endingDown();
                });
    }

    private static Arbitrary<List<List<WorldPlan.Segment>>> healthSchedules(int servers) {
        return WorldGenerators.healthSchedule().list().ofSize(servers);
    }

    /** A world in which one XSP is up from a given time on. */
    static final class ReachableWorld {
        final int server;
        final int reachableFromMillis;
        final WorldPlan plan;

        ReachableWorld(int server, int reachableFromMillis, WorldPlan plan) {
            this.server = server;
            this.reachableFromMillis = reachableFromMillis;
            this.plan = plan;
        }

        @Override
        public String toString() {
            return "xsp" + (server + 1) + " up from " + reachableFromMillis + "ms in " + plan;
        }
    }
}
