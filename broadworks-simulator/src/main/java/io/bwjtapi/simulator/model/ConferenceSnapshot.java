package io.bwjtapi.simulator.model;

import java.util.List;

/**
 * The conference a user controls (XSD {@code Conference}): BroadWorks keeps each leg a separate call session
 * and links them at the controller.
 *
 * @param state Active, Held or Released
 * @param endpoint the controller's device address of record
 * @param appearance the conference's line appearance
 * @param participantCallIds the controller's callIds of the conference legs
 */
public record ConferenceSnapshot(String state, String endpoint, int appearance, List<String> participantCallIds) {

    public ConferenceSnapshot {
        participantCallIds = List.copyOf(participantCallIds);
    }
}
