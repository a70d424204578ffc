package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.model.SimUser;
import java.util.ArrayList;
import java.util.List;

/**
 * Three-way and N-way conferences in the BroadWorks model: every leg stays its own call session and the
 * controller links them. Only the controller gets Conference events; a conference left with one leg ends
 * and that leg carries on as an ordinary call.
 */
final class ConferenceFlows {
    private final SwitchContext ctx;
    private final BasicFlows basic;
    private final Emitter emit;

    ConferenceFlows(SwitchContext ctx, BasicFlows basic) {
        this.ctx = ctx;
        this.basic = basic;
        this.emit = ctx.emitter;
    }

    void start(SimUser controller, List<CallHalf> legs) {
        if (legs.size() < 2 || legs.stream().distinct().count() != legs.size()) {
            throw new SimulatorException(Reason.BAD_REQUEST, "a conference needs at least two different calls");
        }
        if (ctx.registry.conference(controller.userId()).isPresent()) {
            throw new SimulatorException(Reason.INVALID_STATE, controller.userId() + " already has a conference");
        }
        legs.forEach(this::requireJoinable);
        legs.stream().filter(l -> l.localHold).forEach(basic::retrieve);
        Conference conference = new Conference(controller, legs, legs.get(0).appearance);
        ctx.registry.putConference(conference);
        emit.conference(controller, ConferenceEventType.STARTED, conference.snapshot("Active"));
    }

    void add(SimUser controller, CallHalf leg) {
        Conference conference = require(controller);
        if (conference.legs.contains(leg)) {
            throw new SimulatorException(Reason.INVALID_STATE, leg.callId + " is already in the conference");
        }
        requireJoinable(leg);
        if (leg.localHold) {
            basic.retrieve(leg);
        }
        conference.legs.add(leg);
        emit.conference(controller, ConferenceEventType.UPDATED, conference.snapshot("Active"));
    }

    /** Ends the conference and releases every leg. */
    void release(SimUser controller) {
        Conference conference = require(controller);
        conference.ending = true;
        ctx.registry.removeConference(conference);
        emit.conference(controller, ConferenceEventType.RELEASED, conference.snapshot("Released"));
        for (CallHalf leg : new ArrayList<>(conference.legs)) {
            basic.hangUp(leg, true);
        }
    }

    /** A leg was released (by either side): update the conference, or end it when one leg is left. */
    void legLeft(Conference conference, CallHalf leg) {
        if (conference.ending) {
            return;
        }
        conference.legs.remove(leg);
        if (conference.legs.size() >= 2) {
            emit.conference(conference.controller, ConferenceEventType.UPDATED, conference.snapshot("Active"));
        } else {
            conference.ending = true;
            ctx.registry.removeConference(conference);
            emit.conference(conference.controller, ConferenceEventType.RELEASED, conference.snapshot("Released"));
        }
    }

    private Conference require(SimUser controller) {
        return ctx.registry.conference(controller.userId()).orElseThrow(() -> new SimulatorException(
                Reason.NOT_FOUND, controller.userId() + " has no conference"));
    }

    private void requireJoinable(CallHalf leg) {
        if (!leg.isConnected() || leg.peer == null) {
            throw BasicFlows.invalid("conference", leg);
        }
    }
}
