package io.bwjtapi.tck.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The tables are consistent with one another, as the specification says the refinements are. */
class StateMachineProperties {
    @Property(tries = 500)
    void everyCallControlWalkIsALegalCoreWalk(@ForAll("refinements") StateMachine machine,
            @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll @IntRange(min = 1, max = 12) int length) {
        List<Integer> walk = walk(machine, seed, length);
        StateMachine core = machine.core();
        int previous = core.initialState();
        for (int state : walk) {
            int now = machine.coreStateOf(state);
            assertTrue(now == previous || core.table().allows(previous, now),
                    machine + " walk " + walk + " moves its core " + previous + " -> " + now);
            previous = now;
        }
    }

    @Property(tries = 300)
    void allowedMeansReachable(@ForAll("machines") StateMachine machine, @ForAll @IntRange(min = 0, max = 1000) int a,
            @ForAll @IntRange(min = 0, max = 1000) int b) {
        List<Integer> states = new ArrayList<>(machine.table().states());
        int from = states.get(a % states.size());
        int to = states.get(b % states.size());
        if (machine.table().allows(from, to)) {
            assertTrue(machine.table().reachable(from, to));
        }
        if (machine.table().isFinal(from)) {
            assertTrue(!machine.table().reachable(from, to) || from == to);
        }
    }

    @Provide
    Arbitrary<StateMachine> refinements() {
        return Arbitraries.of(StateMachine.CALL_CONTROL_CONNECTION, StateMachine.CALL_CONTROL_TERMINAL_CONNECTION);
    }

    @Provide
    Arbitrary<StateMachine> machines() {
        return Arbitraries.of(StateMachine.values());
    }

    /** A random walk along allowed transitions from the initial state. */
    static List<Integer> walk(StateMachine machine, int seed, int length) {
        java.util.Random random = new java.util.Random(seed);
        List<Integer> walk = new ArrayList<>();
        int state = machine.initialState();
        for (int i = 0; i < length && !machine.table().isFinal(state); i++) {
            List<Integer> next = new ArrayList<>(machine.table().successorsOf(state));
            state = next.get(random.nextInt(next.size()));
            walk.add(state);
        }
        return walk;
    }
}
