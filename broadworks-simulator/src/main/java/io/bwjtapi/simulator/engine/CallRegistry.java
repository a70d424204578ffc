package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.model.AsRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the switch keeps its calls: the sessions an Application Server knows, indexed by user and callId,
 * the conferences by controller, and the media-only sessions a crashed AS forgot.
 */
final class CallRegistry {
    private final Map<String, CallSession> sessions = new LinkedHashMap<>();
    private final Map<String, List<CallHalf>> byUser = new HashMap<>();
    private final Map<String, Conference> conferences = new HashMap<>();
    private final List<CallSession> mediaOnly = new ArrayList<>();

    void addSession(CallSession session) {
        sessions.put(session.extTrackingId, session);
    }

    /** Adds a new half to its session and, for a user, to the user's calls. */
    void addHalf(CallHalf half) {
        half.session.halves.add(half);
        if (!half.party.isExternal() && !half.session.mediaOnly) {
            byUser.computeIfAbsent(half.party.key(), k -> new ArrayList<>()).add(half);
        }
    }

    /** Removes a released half; a session without halves disappears. */
    void removeHalf(CallHalf half) {
        List<CallHalf> halves = byUser.get(half.party.key());
        if (halves != null && halves.remove(half) && halves.isEmpty()) {
            byUser.remove(half.party.key());
        }
        CallSession session = half.session;
        session.halves.remove(half);
        if (session.halves.isEmpty()) {
            sessions.remove(session.extTrackingId, session);
            mediaOnly.remove(session);
        }
    }

    /** Moves a half into another session (consultative transfer gives the joined call a new extTrackingId). */
    void moveHalf(CallHalf half, CallSession target) {
        CallSession old = half.session;
        old.halves.remove(half);
        if (old.halves.isEmpty()) {
            sessions.remove(old.extTrackingId, old);
        }
        half.session = target;
        target.halves.add(half);
    }

    /** Returns the user's calls the serving AS knows, oldest first. */
    List<CallHalf> halvesOf(String userId) {
        return List.copyOf(byUser.getOrDefault(userId, List.of()));
    }

    boolean isIdle(String userId) {
        return !byUser.containsKey(userId);
    }

    /** Finds a user's known call half or fails with NOT_FOUND, as Xsi does for an unknown callId. */
    CallHalf require(String userId, String callId) {
        return find(userId, callId).orElseThrow(() -> new SimulatorException(SimulatorException.Reason.NOT_FOUND,
                "no call " + callId + " for user " + userId));
    }

    Optional<CallHalf> find(String userId, String callId) {
        return byUser.getOrDefault(userId, List.of()).stream().filter(h -> h.callId.equals(callId)).findFirst();
    }

    /** Finds a half of a media-only call by the party's userId or number and its callId. */
    Optional<CallHalf> findMediaOnly(String party, String callId) {
        return mediaOnly.stream().flatMap(s -> s.halves.stream())
                .filter(h -> h.party.key().equals(party) && h.callId.equals(callId)).findFirst();
    }

    Optional<CallSession> session(String extTrackingId) {
        CallSession session = sessions.get(extTrackingId);
        if (session != null) {
            return Optional.of(session);
        }
        return mediaOnly.stream().filter(s -> s.extTrackingId.equals(extTrackingId)).findFirst();
    }

    List<CallSession> sessions() {
        return List.copyOf(sessions.values());
    }

    List<CallSession> mediaOnlySessions() {
        return List.copyOf(mediaOnly);
    }

    /** Makes a session media-only: no AS knows its halves any more. */
    void forget(CallSession session) {
        sessions.remove(session.extTrackingId);
        session.mediaOnly = true;
        mediaOnly.add(session);
        for (CallHalf half : session.halves) {
            if (!half.party.isExternal()) {
                List<CallHalf> halves = byUser.get(half.party.key());
                if (halves != null) {
                    halves.remove(half);
                    if (halves.isEmpty()) {
                        byUser.remove(half.party.key());
                    }
                }
                Conference conference = conferences.get(half.party.key());
                if (conference != null && conference.legs.contains(half)) {
                    conferences.remove(half.party.key());
                }
            }
        }
    }

    List<CallSession> sessionsHostedBy(AsRole host) {
        return sessions.values().stream().filter(s -> s.host == host).toList();
    }

    Optional<Conference> conference(String controllerId) {
        return Optional.ofNullable(conferences.get(controllerId));
    }

    void putConference(Conference conference) {
        conferences.put(conference.controller.userId(), conference);
    }

    void removeConference(Conference conference) {
        conferences.remove(conference.controller.userId(), conference);
    }

    /** Returns the conference that has this half as a leg, if any. */
    Optional<Conference> conferenceOf(CallHalf half) {
        if (half.party.isExternal()) {
            return Optional.empty();
        }
        Conference conference = conferences.get(half.party.key());
        return conference != null && conference.legs.contains(half) ? Optional.of(conference) : Optional.empty();
    }
}
