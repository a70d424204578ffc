package io.bwjtapi.tck.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioScriptTest {
    private static final String SCRIPT = String.join("\n",
            "# a comment", "c1 = P1 dials P2", "P2 answers c1", "P1 holds c1", "", "P1 retrieves c1",
            "c2 = external dials P3", "kill server 0", "partition server 1", "restore server 0",
            "crash call server without resync", "recover call server", "delete P3", "duplicate next 2 events",
            "reorder next 1 events", "observe calls", "P2 hangs up c1", "external hangs up c2", "recover");

    @Test
    void everyKindOfStepIsReadAndWrittenBack() {
        Scenario scenario = ScenarioScript.parse(SCRIPT);
        assertEquals(17, scenario.steps().size());
        assertEquals(new Step.Dial(2, "external", "P3"), scenario.steps().get(4));
        assertEquals(new Step.CrashCallServer(false), scenario.steps().get(8));
        assertEquals(scenario, ScenarioScript.parse(scenario.toString()));
        assertTrue(scenario.toString().startsWith("# bwjtapi TCK scenario, 17 steps\nc1 = P1 dials P2\n"));
        assertEquals(2, scenario.calls());
        assertTrue(scenario.hasFaults());
    }

    @Test
    void badLinesAndCallsUsedBeforeTheyArePlacedAreRejectedWithTheLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ScenarioScript.parse("c1 = P1 dials P2\nP2 sings c1"));
        assertTrue(unknown.getMessage().startsWith("line 2 is not a scenario step"));
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> ScenarioScript.parse("P2 answers c1"));
        assertTrue(early.getMessage().contains("c1 is used before it is placed"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioScript.parse("c2 = P1 dials P2"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioScript.parse("delete external"));
    }

    @Test
    void faultsAreToldApartFromCallsAndApplicationSteps() {
        assertTrue(ScenarioScript.isFault(new Step.KillServer(0)));
        assertTrue(ScenarioScript.isFault(new Step.Recover()));
        assertEquals(List.of(false, false), List.of(ScenarioScript.isFault(new Step.ObserveCalls()),
                ScenarioScript.isFault(new Step.Answer(1, "P1"))));
    }
}
