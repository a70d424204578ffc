package io.bwjtapi.tck.scenario;

import io.bwjtapi.tck.TckSession;
import io.bwjtapi.tck.driver.ActionRefusedException;
import io.bwjtapi.tck.driver.CallHandle;
import io.bwjtapi.tck.driver.EnvironmentDriver;
import io.bwjtapi.tck.model.LocalParty;
import io.bwjtapi.tck.property.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After recovery, every observer and listener the applications registered is still registered, and both
 * applications follow a new call between two surviving parties from start to end.
 */
final class Survival {
    private Survival() {
    }

    static List<Violation> check(TckSession session, Set<String> deleted, Convergence convergence) {
        List<Violation> out = new ArrayList<>();
        Set<String> closed = session.parties().values().stream().filter(p -> deleted.contains(p.id()))
                .map(LocalParty::address).collect(Collectors.toSet());
        session.attachments().lost(closed).forEach(l -> out.add(new Violation("survival", l)));
        List<String> alive = session.parties().keySet().stream().filter(p -> !deleted.contains(p)).toList();
        if (alive.size() < 2) {
            return out;
        }
        EnvironmentDriver driver = session.driver();
        Duration timeout = session.settings().timeout();
        String a = alive.get(0);
        String b = alive.get(1);
        try {
            CallHandle probe = driver.dial(a, b);
            out.addAll(convergence.await("the probe call " + a + " -> " + b, false, true, timeout));
            driver.answer(b, probe);
            out.addAll(convergence.await("the probe call answered", false, true, timeout));
            driver.hangUp(a, probe);
            out.addAll(convergence.await("the probe call ended", false, true, timeout));
        } catch (ActionRefusedException e) {
            out.add(new Violation("survival", "the environment refused the probe call: " + e.getMessage()));
        }
        session.transcript().note("probe call " + a + " -> " + b + (out.isEmpty() ? " followed" : " failed"));
        return out.stream().map(v -> v.check().equals("convergence") ? new Violation("survival", v.message()) : v)
                .toList();
    }
}
