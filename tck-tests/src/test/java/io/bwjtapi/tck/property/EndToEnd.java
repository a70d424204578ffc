package io.bwjtapi.tck.property;

import io.bwjtapi.tck.TckSettings;
import io.bwjtapi.tck.driver.EnvironmentFailure;
import io.bwjtapi.tck.scenario.RunResult;
import io.bwjtapi.tck.scenario.Scenario;
import io.bwjtapi.tck.scenario.ScenarioRunner;
import net.jqwik.api.Assume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs scenarios against the configured implementation and environment (see {@link TckSettings}). */
final class EndToEnd {
    private static final Logger LOG = LoggerFactory.getLogger(EndToEnd.class);
    static final TckSettings SETTINGS = TckSettings.fromSystemProperties();

    private EndToEnd() {
    }

    /**
     * Runs the scenario and fails with the violations, the replay script and the transcript's path. A scenario
     * the environment itself could not carry out is discarded (jqwik counts it as rejected), with a warning.
     */
    static void runAndCheck(Scenario scenario) throws Exception {
        RunResult result;
        try {
            result = new ScenarioRunner(SETTINGS, SETTINGS.driverFactory()).run(scenario);
        } catch (EnvironmentFailure e) {
            LOG.warn("scenario discarded, the environment failed: {}\n{}", e.getMessage(), scenario, e);
            Assume.that(false);
            return;
        }
        result.assertPassed(SETTINGS.reportDir());
    }
}
