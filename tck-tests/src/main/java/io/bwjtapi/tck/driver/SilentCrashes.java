package io.bwjtapi.tck.driver;

import io.bwjtapi.simulator.model.SwitchTruth;
import io.bwjtapi.tck.driver.SwitchView.SwitchCall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The calls an Application Server crash without resync made the switch forget, as they were at the crash, and
 * the users who had them: the implementation cannot know about them until a resync trigger, which
 * {@link SimulatorEnvironmentDriver#recover()} provides.
 */
final class SilentCrashes {
    private final List<SwitchCall> forgotten = new ArrayList<>();
    private final Set<String> affected = new LinkedHashSet<>();

    /**
     * Remembers what the crash that just happened made the switch forget.
     *
     * @param after the truth after the crash
     * @param earlier extTrackingIds of calls forgotten by earlier crashes (already known or dealt with)
     */
    synchronized void crashed(SwitchTruth after, Set<String> earlier) {
        List<SwitchCall> lost = SimulatorTruthMapper.map(after.mediaOnlyCalls().stream()
                .filter(c -> !earlier.contains(c.extTrackingId())).toList());
        forgotten.addAll(lost);
        lost.forEach(c -> c.localParties().forEach(p -> affected.add(p.party())));
    }

    /** The forgotten calls an application may still show. */
    synchronized List<SwitchCall> forgotten() {
        return List.copyOf(forgotten);
    }

    /** The users whose calls were forgotten since the last recovery; forgets them all. */
    synchronized Set<String> recovered() {
        Set<String> users = new LinkedHashSet<>(affected);
        affected.clear();
        forgotten.clear();
        return users;
    }
}
