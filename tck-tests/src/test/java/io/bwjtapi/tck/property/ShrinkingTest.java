package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.bwjtapi.tck.TckSettings;
import io.bwjtapi.tck.scenario.Scenario;
import io.bwjtapi.tck.scenario.ScenarioScript;
import io.bwjtapi.tck.scenario.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A failing scenario property shrinks to the minimal scenario, written as a script that parses back. */
class ShrinkingTest {
    @Test
    void aFailureShrinksToAMinimalReplayableScript() throws Exception {
        Path script = TckSettings.fromSystemProperties().reportDir()
                .resolve("ShrinkingDemo.holdingAfterAKillBreaksTheFakeImplementation.tck");
        Files.deleteIfExists(script);
        EngineTestKit.engine("jqwik").selectors(selectClass(ShrinkingDemo.class))
                .configurationParameter("jqwik.database", "target/jqwik-database-shrinking")
                .execute().testEvents().assertStatistics(stats -> stats.failed(1));
        String text = Files.readString(script);
        assertTrue(text.startsWith("# ShrinkingDemo.holdingAfterAKillBreaksTheFakeImplementation failed (jqwik seed "
                + ShrinkingDemo.SEED + "); replay with\n#   " + ReplayScriptHook.REPLAY_COMMAND), text);
        Scenario shrunk = ScenarioScript.parse(text);
        assertEquals(3, shrunk.steps().size(), text);
        assertInstanceOf(Step.Dial.class, shrunk.steps().get(0), text);
        assertEquals(new Step.KillServer(0), shrunk.steps().get(1), text);
        assertInstanceOf(Step.Hold.class, shrunk.steps().get(2), text);
    }
}
