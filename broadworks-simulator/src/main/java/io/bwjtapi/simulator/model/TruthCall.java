package io.bwjtapi.simulator.model;

import java.util.List;
import java.util.Optional;

/**
 * A call session with every party's half.
 *
 * @param extTrackingId the session id
 * @param hostedBy the Application Server that hosts (or hosted, for a media-only call) the session
 * @param halves the parties' halves, originator first
 */
public record TruthCall(String extTrackingId, AsRole hostedBy, List<TruthHalf> halves) {

    public TruthCall {
        halves = List.copyOf(halves);
    }

    /** Returns the half of the given userId or external number, if that party is in this call. */
    public Optional<TruthHalf> halfOf(String party) {
        return halves.stream().filter(h -> h.party().equals(party)).findFirst();
    }
}
