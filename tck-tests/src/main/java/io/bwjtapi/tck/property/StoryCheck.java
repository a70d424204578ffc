package io.bwjtapi.tck.property;

import io.bwjtapi.tck.fixture.RecordedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An observer application and a listener application of the same provider see the same story: the same
 * calls, and for every call, connection and terminal connection the same sequence of reported states (core
 * and call control), the same ends of observation. Batching, meta events and the interleaving of different
 * objects may differ between the models; the story of each object may not.
 */
public final class StoryCheck {
    private StoryCheck() {
    }

    /** Compares the call events of an observer recording with those of a listener recording. */
    public static List<Violation> check(List<RecordedEvent> observer, List<RecordedEvent> listener) {
        Map<String, List<String>> seenByObserver = stories(observer);
        Map<String, List<String>> seenByListener = stories(listener);
        List<Violation> out = new ArrayList<>();
        for (String object : union(seenByObserver, seenByListener)) {
            List<String> o = seenByObserver.getOrDefault(object, List.of());
            List<String> l = seenByListener.getOrDefault(object, List.of());
            if (!Objects.equals(o, l)) {
                out.add(new Violation("story", object + ": observers saw " + o + " but listeners saw " + l));
            }
        }
        return out;
    }

    private static Map<String, List<String>> stories(List<RecordedEvent> events) {
        Map<String, List<String>> stories = new LinkedHashMap<>();
        for (RecordedEvent e : events) {
            if (e.call() == null) {
                continue;
            }
            if (e.kind().endsCallObservation()) {
                stories.computeIfAbsent(e.call(), k -> new ArrayList<>()).add("observation ended");
            } else if (e.kind().isStateChange()) {
                String step = e.kind().machine().table().nameOf(e.kind().state())
                        + (e.isSnapshot() ? " (snapshot)" : "");
                stories.computeIfAbsent(e.facts().subject() + " " + e.kind().machine(), k -> new ArrayList<>())
                        .add(step);
            }
        }
        return stories;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }
}
