package io.bwjtapi.tck.property;

import io.bwjtapi.tck.RequireProvider;
import io.bwjtapi.tck.scenario.Scenario;
import io.bwjtapi.tck.scenario.ScenarioScript;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Replays one scenario script with every check: {@code -Dtck.replay=<file>} (as written next to a failure) or
 * {@code -Dtck.replay="c1 = P1 dials P2; P2 answers c1"} (steps separated by semicolons).
 */
class ReplayIT {
    @Test
    void replayTheGivenScript() throws Exception {
        String replay = System.getProperty("tck.replay", "");
        Assumptions.assumeFalse(replay.isBlank(), "no -Dtck.replay=<script file or steps> given: nothing to replay");
        String unavailable = RequireProvider.probe(EndToEnd.SETTINGS);
        if (unavailable != null && !EndToEnd.SETTINGS.strict()) {
            Assumptions.abort(unavailable);
        }
        Path file = Path.of(replay);
        String script = Files.isRegularFile(file) ? Files.readString(file) : replay.replace(';', '\n');
        Scenario scenario = ScenarioScript.parse(script);
        EndToEnd.runAndCheck(scenario);
    }
}
