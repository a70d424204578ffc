package io.bwjtapi.tck.scenario;

import io.bwjtapi.tck.TckSession;
import io.bwjtapi.tck.TckSettings;
import io.bwjtapi.tck.driver.EnvironmentDriver;
import io.bwjtapi.tck.property.RecordingChecks;
import io.bwjtapi.tck.property.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one scenario end to end: a fresh environment and provider, the steps (each followed by waiting until the
 * applications reflect it), a final recovery with a strict comparison with the truth, a probe call proving that
 * every observer and listener survived, and then every check on the recordings.
 */
public final class ScenarioRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);
    private final TckSettings settings;
    private final EnvironmentDriver.Factory drivers;

    public ScenarioRunner(TckSettings settings, EnvironmentDriver.Factory drivers) {
        this.settings = settings;
        this.drivers = drivers;
    }

    /** Runs the scenario; the result holds every violation found. */
    public RunResult run(Scenario scenario) throws Exception {
        try (EnvironmentDriver driver = drivers.start(settings.parties());
                TckSession session = TckSession.open(settings, driver)) {
            List<Violation> violations = new ArrayList<>();
            StepExecutor executor = new StepExecutor(driver);
            Convergence convergence = new Convergence(session);
            boolean converged = true;
            for (Step step : scenario.steps()) {
                converged = step(session, executor, convergence, step, violations);
                if (!converged) {
                    session.transcript().note("stopped: the applications did not converge");
                    break;
                }
            }
            if (converged) {
                step(session, executor, convergence, new Step.Recover(), violations);
                violations.addAll(Survival.check(session, executor.deleted(), convergence));
            }
            violations.addAll(RecordingChecks.all(session.observer().recorder(), session.listener().recorder(),
                    session.attachments().initiallyInService(), driver.deviceService().supported()));
            if (!convergence.tolerated().isEmpty()) {
                session.transcript().note("tolerated known divergences " + convergence.tolerated());
                LOG.warn("tolerated known divergences {} (-Dtck.knownDivergences) in scenario:\n{}",
                        convergence.tolerated(), scenario);
            }
            return new RunResult(scenario, violations, session.renderTranscript(), convergence.tolerated());
        }
    }

    /** Executes one step and waits for the applications; returns whether they converged. */
    private boolean step(TckSession session, StepExecutor executor, Convergence convergence, Step step,
            List<Violation> violations) throws Exception {
        Duration timeout = settings.timeout();
        boolean strict = false;
        String outcome;
        if (step instanceof Step.ObserveCalls && executor.degraded()) {
            outcome = "skipped: a server is down, calls are not all followed";
        } else if (step instanceof Step.ObserveCalls) {
            List<Violation> found = SnapshotProbe.observeCalls(session, timeout);
            violations.addAll(found);
            outcome = found.isEmpty() ? "snapshots checked" : found.size() + " snapshot violation(s)";
        } else if (step instanceof Step.Recover) {
            session.driver().recover();
            executor.recovered();
            strict = true;
            outcome = "every fault repaired";
        } else {
            outcome = executor.execute(step);
        }
        if (ScenarioScript.isFault(step) || executor.degraded()) {
            timeout = timeout.plus(session.driver().recoveryTimeout());
        }
        session.transcript().note("step: " + step + " -> " + outcome);
        List<Violation> found = convergence.await(step.toString(), executor.allServersDown(), strict, timeout);
        violations.addAll(found);
        return found.isEmpty();
    }
}
