package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.model.AsRole;
import io.bwjtapi.simulator.model.PartyInfo;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.model.SwitchTruth;
import io.bwjtapi.simulator.model.TruthCall;
import io.bwjtapi.simulator.model.TruthHalf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Application Server failure and recovery, user deletion, and the ground-truth view. A crashed primary takes
 * its call sessions with it: the calls keep their media in the network but the secondary does not know them.
 */
public final class Failover {
    private final SwitchContext ctx;
    private final BasicFlows basic;

    Failover(SwitchContext ctx, BasicFlows basic) {
        this.ctx = ctx;
        this.basic = basic;
    }

    /**
     * Crashes the primary AS: every session it hosts becomes media-only and the secondary serves every user.
     *
     * @return the users that had calls the crash made the switch forget (their call state is now out of sync)
     */
    public Set<SimUser> crashPrimary() {
        if (!ctx.servers.primaryUp()) {
            throw new SimulatorException(Reason.INVALID_STATE, "the primary AS is already down");
        }
        Set<SimUser> affected = new LinkedHashSet<>();
        for (CallSession session : ctx.registry.sessionsHostedBy(AsRole.PRIMARY)) {
            session.halves.stream().filter(h -> !h.party.isExternal()).forEach(h -> affected.add(h.party.user()));
            ctx.registry.forget(session);
        }
        ctx.servers.primaryDown(ctx.directory.all().stream().map(SimUser::userId).toList());
        affected.forEach(u -> ctx.hooks.resync(u.userId()));
        return affected;
    }

    /** Brings the primary back; idle users move to it now, busy ones when their calls end. */
    public void recoverPrimary() {
        if (ctx.servers.primaryUp()) {
            throw new SimulatorException(Reason.INVALID_STATE, "the primary AS is up");
        }
        ctx.servers.primaryRecovered();
        for (SimUser user : ctx.directory.all()) {
            if (ctx.registry.isIdle(user.userId())) {
                ctx.servers.home(user.userId(), AsRole.PRIMARY);
            }
        }
    }

    public boolean primaryUp() {
        return ctx.servers.primaryUp();
    }

    /** Releases every call of a user that is being deleted; the other parties see the calls end. */
    public void releaseCallsOf(SimUser user) {
        ctx.registry.conference(user.userId()).ifPresent(c -> {
            c.ending = true;
            ctx.registry.removeConference(c);
        });
        for (CallHalf half : ctx.registry.halvesOf(user.userId())) {
            basic.hangUp(half, true);
        }
        ctx.emitter.settle();
        ctx.hooks.forget(user.userId());
        ctx.servers.forget(user.userId());
    }

    /** Returns what the switch knows, plus the calls that only the network still carries. */
    public SwitchTruth truth() {
        Map<String, AsRole> homes = new HashMap<>();
        for (SimUser user : ctx.directory.all()) {
            homes.put(user.userId(), ctx.servers.serving(user.userId()));
        }
        return new SwitchTruth(ctx.servers.primaryUp(), toTruth(ctx.registry.sessions()),
                toTruth(ctx.registry.mediaOnlySessions()), homes);
    }

    private static List<TruthCall> toTruth(List<CallSession> sessions) {
        List<TruthCall> calls = new ArrayList<>();
        for (CallSession session : sessions) {
            List<TruthHalf> halves = new ArrayList<>();
            for (CallHalf half : session.halves) {
                PartyInfo remote = half.remoteInfo();
                halves.add(new TruthHalf(half.party.key(), half.party.isExternal(), half.callId,
                        session.extTrackingId, half.personality, half.state(), remote == null ? null : remote.address(),
                        remote == null ? null : remote.userId(),
                        half.deviceEngaged() ? half.party.user().deviceAddressOfRecord() : null));
            }
            calls.add(new TruthCall(session.extTrackingId, session.host, halves));
        }
        return calls;
    }
}
