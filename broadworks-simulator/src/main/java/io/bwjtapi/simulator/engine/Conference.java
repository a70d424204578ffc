package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.SimUser;
import java.util.ArrayList;
import java.util.List;

/** A conference controlled by one user: the controller's call halves that are linked into it. */
final class Conference {
    final SimUser controller;
    final List<CallHalf> legs = new ArrayList<>();
    final int appearance;
    boolean ending;

    Conference(SimUser controller, List<CallHalf> legs, int appearance) {
        this.controller = controller;
        this.legs.addAll(legs);
        this.appearance = appearance;
    }

    ConferenceSnapshot snapshot(String state) {
        return new ConferenceSnapshot(state, controller.deviceAddressOfRecord(), appearance,
                legs.stream().map(l -> l.callId).toList());
    }
}
