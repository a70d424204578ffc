package io.bwjtapi.simulator;

import java.util.Map;

/**
 * The identifiers of a call after an action: its extTrackingId and each party's callId.
 *
 * @param extTrackingId the call session's id (shared by all parties)
 * @param callIds callId per party, keyed by userId or, for an external party, by its number; in the order
 *     the parties joined
 */
public record CallRef(String extTrackingId, Map<String, String> callIds) {

    public CallRef {
        callIds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(callIds));
    }

    /**
     * Returns the callId of a party.
     *
     * @param party a userId or an external number
     * @throws IllegalArgumentException when the party is not in the call
     */
    public String callIdOf(String party) {
        String callId = callIds.get(party);
        if (callId == null) {
            throw new IllegalArgumentException(party + " is not a party of call " + extTrackingId + ": " + callIds);
        }
        return callId;
    }
}
