package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.model.PartyInfo;
import io.bwjtapi.simulator.model.Redirect;
import io.bwjtapi.simulator.model.RedirectReason;
import io.bwjtapi.simulator.model.Redirection;
import java.util.ArrayList;
import java.util.List;

/**
 * Blind transfer (a deflection while the call still alerts, a transfer once answered) and consultative
 * transfer, which joins the two remote parties in a new call session with a new extTrackingId.
 */
final class TransferFlows {
    private final SwitchContext ctx;
    private final BasicFlows basic;
    private final Emitter emit;

    TransferFlows(SwitchContext ctx, BasicFlows basic) {
        this.ctx = ctx;
        this.basic = basic;
        this.emit = ctx.emitter;
    }

    void blindTransfer(CallHalf half, String address) {
        if (address == null || address.isBlank()) {
            throw new SimulatorException(Reason.BAD_REQUEST, "BlindTransfer needs an address");
        }
        requireNotInConference(half);
        if (half.isAlertingTerminator()) {
            basic.forward(half, address, RedirectReason.DEFLECTION, CallLevel.BASIC);
        } else if (half.isConnected() && half.peer != null) {
            CallHalf transferred = half.peer;
            List<Redirection> history = new ArrayList<>(transferred.redirections);
            history.add(new Redirection(half.party.info(), RedirectReason.TRANSFER, history.size() + 1));
            basic.detachAndRelease(half, address, RedirectReason.TRANSFER, CallLevel.BASIC);
            transferred.remoteHold = false;
            if (basic.offer(transferred, address, history)) {
                emit.call(transferred, CallEventType.TRANSFERRED);
            }
        } else {
            throw BasicFlows.invalid("transfer", half);
        }
    }

    /** Transfers the party of {@code held} to the party of {@code consulted}; the user leaves both calls. */
    void consultTransfer(CallHalf held, CallHalf consulted) {
        if (held == consulted) {
            throw new SimulatorException(Reason.BAD_REQUEST, "ConsultTransfer needs two different calls");
        }
        for (CallHalf half : List.of(held, consulted)) {
            requireNotInConference(half);
            if (!half.isConnected() || half.peer == null) {
                throw BasicFlows.invalid("consult-transfer", half);
            }
        }
        CallHalf first = held.peer;
        CallHalf second = consulted.peer;
        long now = ctx.now();
        PartyInfo firstInfo = first.party.info();
        PartyInfo secondInfo = second.party.info();
        held.redirect = new Redirect(secondInfo.address(), RedirectReason.TRANSFER, now);
        consulted.phase = CallHalf.Phase.DETACHED;
        consulted.detachedTime = now;
        consulted.redirect = new Redirect(firstInfo.address(), RedirectReason.TRANSFER, now);
        emit.redirected(held.party.user(), List.of(held, consulted));
        basic.releaseHalf(held, true, CallLevel.BASIC);
        basic.releaseHalf(consulted, true, CallLevel.BASIC);

        CallSession joined = ctx.newSession(held.session.host);
        ctx.registry.moveHalf(first, joined);
        ctx.registry.moveHalf(second, joined);
        BasicFlows.link(first, second);
        for (CallHalf party : List.of(first, second)) {
            party.remoteHold = false;
            if (party.phase == CallHalf.Phase.ALERTING) {
                party.phase = CallHalf.Phase.CONNECTED;
                party.answerTime = now;
            }
            emit.call(party, CallEventType.TRANSFERRED);
        }
    }

    private void requireNotInConference(CallHalf half) {
        if (ctx.registry.conferenceOf(half).isPresent()) {
            throw new SimulatorException(Reason.INVALID_STATE, "call " + half.callId + " is in a conference");
        }
    }
}
