package io.bwjtapi.tck.scenario;

import io.bwjtapi.tck.driver.Fault;
import io.bwjtapi.tck.scenario.RawStep.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of scenarios. Raw steps are generated and shrunk as a list (jqwik drops and simplifies
 * steps), then resolved, so every shrunk candidate is a valid scenario and a failure shrinks to a short
 * script. Faults are generated only for the fault types the environment supports.
 */
public final class ScenarioArbitraries {
    private static final Map<Kind, Class<? extends Fault>> FAULTS = Map.of(
            Kind.KILL_SERVER, Fault.KillServer.class,
            Kind.PARTITION_SERVER, Fault.PartitionServer.class,
            Kind.RESTORE_SERVER, Fault.RestoreServer.class,
            Kind.CRASH_CALL_SERVER, Fault.CallServerCrash.class,
            Kind.RECOVER_CALL_SERVER, Fault.CallServerRecover.class,
            Kind.DELETE_PARTY, Fault.DeleteParty.class,
            Kind.DUPLICATE_EVENTS, Fault.DuplicateEvents.class,
            Kind.REORDER_EVENTS, Fault.ReorderEvents.class);

    private ScenarioArbitraries() {
    }

    /** Scenarios of call actions only: dial, answer, hold, retrieve, hang up. */
    public static Arbitrary<Scenario> callActions(int parties, int maxSteps) {
        return scenarios(callSteps(parties), parties, maxSteps);
    }

    /** Call actions and application snapshots ({@code observe calls}), always ending with one. */
    public static Arbitrary<Scenario> withSnapshots(int parties, int maxSteps) {
        Arbitrary<RawStep> steps = Arbitraries.frequencyOf(
                Tuple.of(9, callSteps(parties)), Tuple.of(1, Arbitraries.just(new RawStep(Kind.OBSERVE_CALLS, 0, 0))));
        return steps.list().ofMinSize(1).ofMaxSize(maxSteps).map(raw -> {
            List<RawStep> all = new ArrayList<>(raw);
            all.add(new RawStep(Kind.OBSERVE_CALLS, 0, 0));
            return ScenarioResolver.resolve(all, parties);
        });
    }

    /**
     * Call actions mixed with the supported faults (about one step in four is a fault) and now and then late
     * observers ({@code observe calls}).
     */
    public static Arbitrary<Scenario> withFaults(int parties, int servers, Set<Class<? extends Fault>> supported,
            int maxSteps) {
        List<Tuple.Tuple2<Integer, Arbitrary<RawStep>>> faults = new ArrayList<>();
        faults.add(Tuple.of(9, callSteps(parties)));
        faults.add(Tuple.of(1, Arbitraries.just(new RawStep(Kind.OBSERVE_CALLS, 0, 0))));
        addFault(faults, supported, Kind.KILL_SERVER, 2, Arbitraries.integers().between(0, servers - 1));
        addFault(faults, supported, Kind.PARTITION_SERVER, 1, Arbitraries.integers().between(0, servers - 1));
        addFault(faults, supported, Kind.RESTORE_SERVER, 2, Arbitraries.integers().between(0, servers - 1));
        addFault(faults, supported, Kind.CRASH_CALL_SERVER, 1, Arbitraries.integers().between(0, 1));
        addFault(faults, supported, Kind.RECOVER_CALL_SERVER, 1, Arbitraries.just(0));
        addFault(faults, supported, Kind.DUPLICATE_EVENTS, 1, Arbitraries.integers().between(1, 3));
        addFault(faults, supported, Kind.REORDER_EVENTS, 1, Arbitraries.integers().between(1, 3));
        addFault(faults, supported, Kind.DELETE_PARTY, 1, Arbitraries.integers().between(0, parties - 1));
        return scenarios(Arbitraries.frequencyOf(faults), parties, maxSteps);
    }

    private static Arbitrary<Scenario> scenarios(Arbitrary<RawStep> steps, int parties, int maxSteps) {
        return steps.list().ofMinSize(1).ofMaxSize(maxSteps).map(raw -> ScenarioResolver.resolve(raw, parties))
                .filter(s -> !s.steps().isEmpty());
    }

    private static Arbitrary<RawStep> callSteps(int parties) {
        Arbitrary<Integer> party = Arbitraries.integers().between(0, parties - 1);
        Arbitrary<Integer> call = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> side = Arbitraries.integers().between(0, 1);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(party, Arbitraries.integers().between(-1, parties - 1))
                        .as((a, b) -> new RawStep(Kind.DIAL, a, b))),
                Tuple.of(1, party.map(a -> new RawStep(Kind.DIAL_IN, a, 0))),
                Tuple.of(4, call.map(a -> new RawStep(Kind.ANSWER, a, 0))),
                Tuple.of(3, Combinators.combine(call, side).as((a, b) -> new RawStep(Kind.HANG_UP, a, b))),
                Tuple.of(2, Combinators.combine(call, side).as((a, b) -> new RawStep(Kind.HOLD, a, b))),
                Tuple.of(2, Combinators.combine(call, side).as((a, b) -> new RawStep(Kind.RETRIEVE, a, b))));
    }

    private static void addFault(List<Tuple.Tuple2<Integer, Arbitrary<RawStep>>> into,
            Set<Class<? extends Fault>> supported, Kind kind, int weight, Arbitrary<Integer> a) {
        if (supported.contains(FAULTS.get(kind))) {
            into.add(Tuple.of(weight, a.map(v -> new RawStep(kind, v, 0))));
        }
    }
}
