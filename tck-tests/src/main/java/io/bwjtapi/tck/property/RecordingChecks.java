package io.bwjtapi.tck.property;

import io.bwjtapi.tck.fixture.EventRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every rule the kit checks on recordings after a run: for each application the transition tables, the state
 * at delivery, the order of each call's events, duplicates and the failover order; across the observer and the
 * listener application, the same story.
 */
public final class RecordingChecks {
    private RecordingChecks() {
    }

    /**
     * @param observer the observer application's recording
     * @param listener the listener application's recording
     * @param initiallyInService the devices in service when the applications attached
     * @param devices whether the implementation reports device service changes
     */
    public static List<Violation> all(EventRecorder observer, EventRecorder listener, Set<String> initiallyInService,
            boolean devices) {
        List<Violation> out = new ArrayList<>();
        for (EventRecorder recorder : List.of(observer, listener)) {
            out.addAll(prefixed(recorder, TransitionCheck.check(recorder.events())));
            out.addAll(prefixed(recorder, DeliveryStateCheck.check(recorder.events())));
            out.addAll(prefixed(recorder, OrderingCheck.check(recorder)));
            out.addAll(prefixed(recorder, DuplicateCheck.check(recorder.events())));
            out.addAll(prefixed(recorder, FailoverOrderCheck.check(recorder.events(), initiallyInService, devices)));
        }
        out.addAll(StoryCheck.check(observer.events(), listener.events()));
        return out;
    }

    private static List<Violation> prefixed(EventRecorder recorder, List<Violation> violations) {
        return violations.stream().map(v -> new Violation(v.check(), recorder.application() + " " + v.message()))
                .toList();
    }
}
