package io.bwjtapi.simulator.model;

/**
 * One party's half of a call as the switch sees it.
 *
 * @param party the userId of a BroadWorks user, or the number of an external (network) party
 * @param external whether the party is outside BroadWorks (no events, no Xsi)
 * @param callId the party's callId (external parties get a network-side id)
 * @param extTrackingId the call session's id shared by all parties
 * @param personality Originator, Terminator or Click-to-Dial
 * @param state the half's state
 * @param remoteAddress the address of the other party as shown to this party
 * @param remoteUserId the other party's userId when it is a BroadWorks user, else {@code null}
 * @param endpoint the device address of record, or {@code null} while the device is not involved
 */
public record TruthHalf(String party, boolean external, String callId, String extTrackingId,
        Personality personality, CallState state, String remoteAddress, String remoteUserId, String endpoint) {
}
