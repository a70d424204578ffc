package io.bwjtapi.tck.scenario;

import io.bwjtapi.tck.TckSession;
import io.bwjtapi.tck.driver.SwitchView;
import io.bwjtapi.tck.fixture.Await;
import io.bwjtapi.tck.fixture.EventRecorder;
import io.bwjtapi.tck.fixture.TckTimeoutException;
import io.bwjtapi.tck.model.ApplicationView;
import io.bwjtapi.tck.property.KnownDivergence;
import io.bwjtapi.tck.property.TruthCheck;
import io.bwjtapi.tck.property.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.telephony.Provider;

/**
 * Waits, after a step, until the applications reflect the environment: while every server is down the
 * provider is out of service; otherwise it is in service and each application's view, rebuilt from its events,
 * matches the switch's truth (tolerating calls the switch silently forgot, unless strict). Failing to get there
 * in time is itself a violation, reported with the differences.
 */
final class Convergence {
    private final TckSession session;
    private final TruthCheck truth;

    Convergence(TckSession session) {
        this.session = session;
        this.truth = new TruthCheck(List.copyOf(session.parties().values()), session.settings().callControl(),
                session.settings().tolerated());
    }

    /** The known divergences that had to be tolerated so far. */
    Set<KnownDivergence> tolerated() {
        return truth.used();
    }

    /** Waits; returns the violations when the applications did not converge (empty when they did). */
    List<Violation> await(String after, boolean allServersDown, boolean strict, Duration timeout) {
        Provider provider = session.provider();
        List<Violation> out = new ArrayList<>();
        try {
            if (allServersDown) {
                Await.until(timeout, "provider OUT_OF_SERVICE after " + after,
                        () -> provider.getState() == Provider.OUT_OF_SERVICE, () -> "state " + provider.getState());
            } else {
                Await.until(timeout, "the applications to match the switch after " + after,
                        () -> provider.getState() == Provider.IN_SERVICE && matches(strict),
                        () -> "provider state " + provider.getState());
            }
        } catch (TckTimeoutException e) {
            out.add(new Violation("convergence", e.getMessage().lines().findFirst().orElse("")));
            if (!allServersDown) {
                SwitchView now = session.driver().truth();
                out.addAll(truth.check("the observer application", view(session.observer().recorder()), now, strict));
                out.addAll(truth.check("the listener application", view(session.listener().recorder()), now, strict));
            }
        }
        return out;
    }

    private boolean matches(boolean strict) {
        SwitchView now = session.driver().truth();
        return truth.matches(view(session.observer().recorder()), now, strict)
                && truth.matches(view(session.listener().recorder()), now, strict);
    }

    private static ApplicationView view(EventRecorder recorder) {
        return ApplicationView.of(recorder.events());
    }
}
