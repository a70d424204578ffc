package io.bwjtapi.tck.property;

import io.bwjtapi.tck.driver.Fault;
import io.bwjtapi.tck.scenario.Scenario;
import io.bwjtapi.tck.scenario.ScenarioArbitraries;
import io.bwjtapi.tck.scenario.Step;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A deliberately failing scenario property (an "implementation" that breaks when a call is held after a server
 * was killed), run by {@link ShrinkingTest} through the JUnit Platform test kit; its name matches no test pattern,
 * so the build never runs it directly.
 */
@AddLifecycleHook(ReplayScriptHook.class)
class ShrinkingDemo {
    static final String SEED = "20261122";

    @Property(seed = SEED, tries = 1000)
    void holdingAfterAKillBreaksTheFakeImplementation(@ForAll("scenarios") Scenario scenario) {
        boolean killed = false;
        for (Step step : scenario.steps()) {
            killed |= step instanceof Step.KillServer;
            if (killed && step instanceof Step.Hold) {
                throw new AssertionError("the fake implementation lost the hold after a kill");
            }
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ScenarioArbitraries.withFaults(4, 2, Set.of(Fault.KillServer.class, Fault.RestoreServer.class,
                Fault.DuplicateEvents.class), 15);
    }
}
