package io.bwjtapi.simulator.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An immutable snapshot of what the switch knows: the calls the serving Application Servers know, and the
 * "media" view of calls that still physically exist although the AS that hosted them crashed and forgot
 * them. HA and TCK tests compare a JTAPI application's view with it.
 *
 * @param primaryUp whether the primary Application Server is running
 * @param calls every call session a running AS knows
 * @param mediaOnlyCalls calls that still exist in the network but that no AS knows any more
 * @param userHomes the AS that serves each user
 */
public record SwitchTruth(boolean primaryUp, List<TruthCall> calls, List<TruthCall> mediaOnlyCalls,
        Map<String, AsRole> userHomes) {

    public SwitchTruth {
        calls = List.copyOf(calls);
        mediaOnlyCalls = List.copyOf(mediaOnlyCalls);
        userHomes = Map.copyOf(userHomes);
    }

    /** Returns the call halves of a user that an AS knows (what a CallSubscriptionEvent would list). */
    public List<TruthHalf> knownHalvesOf(String userId) {
        return halvesOf(calls.stream(), userId);
    }

    /** Returns the call halves of a user that still carry media but that no AS knows. */
    public List<TruthHalf> mediaOnlyHalvesOf(String userId) {
        return halvesOf(mediaOnlyCalls.stream(), userId);
    }

    /** Returns the known call with this extTrackingId, or {@code null}. */
    public TruthCall call(String extTrackingId) {
        return calls.stream().filter(c -> c.extTrackingId().equals(extTrackingId)).findFirst().orElse(null);
    }

    private static List<TruthHalf> halvesOf(Stream<TruthCall> calls, String userId) {
        return calls.flatMap(c -> c.halves().stream()).filter(h -> !h.external() && h.party().equals(userId))
                .toList();
    }
}
