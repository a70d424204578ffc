package io.bwjtapi.tck.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.driver.Fault;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated scenarios are valid scripts, whatever jqwik generates or shrinks them to. */
class ScenarioProperties {
    private static final int PARTIES = 4;

    @Property(tries = 300)
    void everyScenarioReplaysFromItsScript(@ForAll("faulty") Scenario scenario) {
        assertEquals(scenario, ScenarioScript.parse(scenario.toString()));
    }

    @Property(tries = 300)
    void referencesHoldAfterResolution(@ForAll("faulty") Scenario scenario) {
        int placed = 0;
        for (Step step : scenario.steps()) {
            if (step instanceof Step.Dial d) {
                assertEquals(++placed, d.call());
            }
            if (step instanceof Step.Hold h) {
                assertTrue(h.party().startsWith("P"), "only local parties hold: " + step);
            }
            String text = step.toString();
            assertTrue(!text.matches(".*P([5-9]|\\d\\d).*"), "party beyond the environment: " + text);
        }
    }

    @Property(tries = 200)
    void onlySupportedFaultsAreGenerated(@ForAll("serverFaultsOnly") Scenario scenario) {
        for (Step step : scenario.steps()) {
            if (ScenarioScript.isFault(step)) {
                assertTrue(step instanceof Step.KillServer || step instanceof Step.RestoreServer, step.toString());
            }
        }
    }

    @Property(tries = 100)
    void snapshotScenariosEndByObservingTheCalls(@ForAll("snapshots") Scenario scenario) {
        assertEquals(new Step.ObserveCalls(), scenario.steps().get(scenario.steps().size() - 1));
    }

    @Property(tries = 200)
    void resolvingAnyRawListGivesAValidScenario(@ForAll("raw") List<RawStep> raw) {
        Scenario scenario = ScenarioResolver.resolve(raw, PARTIES);
        assertEquals(scenario, ScenarioScript.parse(scenario.toString()));
    }

    @Provide
    Arbitrary<Scenario> faulty() {
        return ScenarioArbitraries.withFaults(PARTIES, 2, Set.of(Fault.KillServer.class, Fault.PartitionServer.class,
                Fault.RestoreServer.class, Fault.CallServerCrash.class, Fault.CallServerRecover.class,
                Fault.DeleteParty.class, Fault.DuplicateEvents.class, Fault.ReorderEvents.class), 20);
    }

    @Provide
    Arbitrary<Scenario> serverFaultsOnly() {
        return ScenarioArbitraries.withFaults(PARTIES, 2, Set.of(Fault.KillServer.class, Fault.RestoreServer.class),
                20);
    }

    @Provide
    Arbitrary<Scenario> snapshots() {
        return ScenarioArbitraries.withSnapshots(PARTIES, 10);
    }

    @Provide
    Arbitrary<List<RawStep>> raw() {
        return Combinators.combine(Arbitraries.of(RawStep.Kind.class), Arbitraries.integers().between(-5, 50),
                Arbitraries.integers().between(-5, 5)).as(RawStep::new).list().ofMaxSize(30);
    }
}
