package io.bwjtapi.simulator.model;

import java.util.List;

/**
 * An immutable copy of one user's call half at one moment, holding the fields of the XSD {@code Call}
 * element that the simulator produces. Optional fields are {@code null} when absent.
 *
 * @param callId the user's callId
 * @param extTrackingId the call session's id
 * @param personality the user's role
 * @param state the half's state
 * @param releaseCause why the call failed, or {@code null}
 * @param localRelease {@code true} when this user released, {@code false} when the remote side did, {@code null}
 *     while not released
 * @param remoteParty the other party
 * @param redirections earlier redirections of an incoming call (empty when none)
 * @param redirect where and why the call left this user, or {@code null}
 * @param endpoint the device's address of record while the device is engaged, or {@code null}
 * @param appearance the line appearance while the device is engaged, or {@code null}
 * @param allowAnswer whether Talk can answer the call now
 * @param allowRetrieve whether Talk can retrieve the held call now
 * @param startTime when the half was created
 * @param answerTime first answer, or {@code null}
 * @param heldTime when the current hold began, or {@code null}
 * @param totalHeldTime milliseconds held in earlier holds, or {@code null}
 * @param detachedTime when the user left the call, or {@code null}
 * @param releaseTime when the half was released, or {@code null}
 */
public record CallSnapshot(String callId, String extTrackingId, Personality personality, CallState state,
        ReleaseCause releaseCause, Boolean localRelease, PartyInfo remoteParty, List<Redirection> redirections,
        Redirect redirect, String endpoint, Integer appearance, boolean allowAnswer, boolean allowRetrieve,
        long startTime, Long answerTime, Long heldTime, Long totalHeldTime, Long detachedTime, Long releaseTime) {

    public CallSnapshot {
        redirections = List.copyOf(redirections);
    }
}
