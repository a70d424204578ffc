package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.ReleaseCause;
import io.bwjtapi.simulator.model.SimUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The switch's call engine. Every action, whether a person at a phone, the network or an Xsi-Actions request
 * causes it, runs here and reports its changes as {@link SwitchEvent}s. Not thread-safe: it is driven only
 * by the simulator's switch thread.
 */
public final class CallEngine {
    private static final Pattern DTMF = Pattern.compile("[0-9*#A-Da-d,]{1,64}");

    private final SwitchContext ctx;
    private final BasicFlows basic;
    private final TransferFlows transfers;
    private final ConferenceFlows conferences;
    private final Failover failover;

    public CallEngine(SimulatorConfig config, UserDirectory directory, IdGenerator ids, Scheduler scheduler,
            UserSettings settings, Consumer<SwitchEvent> sink) {
        this.ctx = new SwitchContext(config, directory, ids, scheduler, settings, sink);
        this.basic = new BasicFlows(ctx);
        this.transfers = new TransferFlows(ctx, basic);
        this.conferences = new ConferenceFlows(ctx, basic);
        this.basic.conferences(conferences);
        this.failover = new Failover(ctx, basic);
    }

    /** A user dials from the device. */
    public CallRef dial(String fromUser, String toAddress) {
        return run(() -> ref(basic.originate(ctx.user(fromUser), toAddress)));
    }

    /** An external number calls a user of the group. */
    public CallRef dialFromExternal(String number, String toAddress) {
        return run(() -> ref(basic.originateExternal(number, toAddress)));
    }

    /** Xsi click-to-dial ({@code calls/new}). */
    public CallRef clickToDial(String userId, String address) {
        return run(() -> ref(basic.clickToDial(ctx.user(userId), address)));
    }

    /** The user answers an alerting call (or picks up a click-to-dial, or retrieves a held call). */
    public CallRef answer(String userId, String callId) {
        return act(userId, callId, basic::answer);
    }

    public CallRef hold(String userId, String callId) {
        return act(userId, callId, basic::hold);
    }

    public CallRef retrieve(String userId, String callId) {
        return act(userId, callId, basic::retrieve);
    }

    /** Retrieves the call and releases every other call of the user. */
    public CallRef reconnect(String userId, String callId) {
        return act(userId, callId, half -> {
            if (!half.isConnected()) {
                throw BasicFlows.invalid("reconnect", half);
            }
            if (half.localHold) {
                basic.retrieve(half);
            }
            for (CallHalf other : ctx.registry.halvesOf(half.party.key())) {
                if (other != half) {
                    basic.release(other);
                }
            }
        });
    }

    /**
     * The user hangs up. A call an AS forgot after a crash is ended in the network, silently: no AS knows it.
     */
    public CallRef release(String userId, String callId) {
        return run(() -> {
            Optional<CallHalf> forgotten = ctx.registry.find(userId, callId).isPresent() ? Optional.empty()
                    : ctx.registry.findMediaOnly(userId, callId);
            if (forgotten.isPresent()) {
                CallRef ref = ref(forgotten.get());
                basic.dropMediaOnly(forgotten.get().session);
                return ref;
            }
            CallHalf half = ctx.registry.require(userId, callId);
            CallRef ref = ref(half);
            basic.release(half);
            return ref;
        });
    }

    /** Rejects an alerting call as busy or, with any other cause, as temporarily unavailable. */
    public CallRef decline(String userId, String callId, ReleaseCause cause) {
        ReleaseCause effective = cause == ReleaseCause.BUSY ? cause : ReleaseCause.TEMPORARILY_UNAVAILABLE;
        return act(userId, callId, half -> basic.decline(half, effective));
    }

    /** The external party of the call answers. */
    public CallRef answerExternal(String extTrackingId) {
        return run(() -> {
            CallHalf far = externalHalf(extTrackingId);
            if (far.phase != CallHalf.Phase.ALERTING || far.personality != Personality.TERMINATOR) {
                throw BasicFlows.invalid("answer", far);
            }
            if (far.session.mediaOnly) {
                far.phase = CallHalf.Phase.CONNECTED;
                far.peer.phase = CallHalf.Phase.CONNECTED;
            } else {
                basic.connect(far);
            }
            return ref(far);
        });
    }

    /** The external party of the call hangs up. */
    public CallRef releaseExternal(String extTrackingId) {
        return run(() -> {
            CallHalf far = externalHalf(extTrackingId);
            CallRef ref = ref(far);
            if (far.session.mediaOnly) {
                basic.dropMediaOnly(far.session);
            } else {
                basic.hangUp(far, true);
            }
            return ref;
        });
    }

    public CallRef blindTransfer(String userId, String callId, String address) {
        return act(userId, callId, half -> transfers.blindTransfer(half, address));
    }

    public CallRef consultTransfer(String userId, String heldCallId, String consultedCallId) {
        return run(() -> {
            CallHalf held = ctx.registry.require(userId, heldCallId);
            CallHalf consulted = ctx.registry.require(userId, consultedCallId);
            CallHalf joinedParty = held.peer;
            transfers.consultTransfer(held, consulted);
            return ref(joinedParty);
        });
    }

    public void conferenceStart(String userId, List<String> callIds) {
        run(() -> {
            List<CallHalf> legs = new ArrayList<>();
            callIds.forEach(id -> legs.add(ctx.registry.require(userId, id)));
            conferences.start(ctx.user(userId), legs);
            return null;
        });
    }

    public void conferenceAdd(String userId, String callId) {
        run(() -> {
            conferences.add(ctx.user(userId), ctx.registry.require(userId, callId));
            return null;
        });
    }

    public void conferenceRelease(String userId) {
        run(() -> {
            conferences.release(ctx.user(userId));
            return null;
        });
    }

    /** Checks a DTMF request; the simulated media plays the digits, no event results. */
    public void transmitDtmf(String userId, String callId, String digits) {
        CallHalf half = ctx.registry.require(userId, callId);
        if (digits == null || !DTMF.matcher(digits).matches()) {
            throw new SimulatorException(Reason.BAD_REQUEST, "playdtmf must be 1..64 of 0-9 * # A-D and ,");
        }
        if (!half.isConnected() || half.localHold) {
            throw BasicFlows.invalid("send DTMF on", half);
        }
    }

    /** Returns the user's calls the serving AS knows. */
    public List<CallSnapshot> calls(String userId) {
        ctx.user(userId);
        return ctx.registry.halvesOf(userId).stream().map(CallHalf::snapshot).toList();
    }

    /** Returns one call of the user; detached calls only when asked for. */
    public CallSnapshot call(String userId, String callId, boolean allowDetached) {
        CallHalf half = ctx.registry.require(userId, callId);
        if (half.phase == CallHalf.Phase.DETACHED && !allowDetached) {
            throw new SimulatorException(Reason.NOT_FOUND, "call " + callId + " is detached");
        }
        return half.snapshot();
    }

    public HookStatus hookStatus(String userId) {
        ctx.user(userId);
        return ctx.hooks.current(userId);
    }

    public Optional<ConferenceSnapshot> conference(String userId) {
        return ctx.registry.conference(userId).map(c -> c.snapshot("Active"));
    }

    /** Returns whether the user's conference legs include the call. */
    public boolean inConference(String userId, String callId) {
        return ctx.registry.find(userId, callId).flatMap(ctx.registry::conferenceOf).isPresent();
    }

    /** Returns the identifiers of a call the switch knows (or remembers as media-only). */
    public Optional<CallRef> call(String extTrackingId) {
        return ctx.registry.session(extTrackingId).filter(s -> !s.halves.isEmpty()).map(s -> ref(s.halves.get(0)));
    }

    public UserSettings settings() {
        return ctx.settings;
    }

    /** Returns the users the switch currently has. */
    public UserDirectory directory() {
        return ctx.directory;
    }

    public Failover failover() {
        return failover;
    }

    /** Runs a switch operation that emits events and reports the hook changes it caused afterwards. */
    public <T> T run(Supplier<T> operation) {
        try {
            return operation.get();
        } finally {
            ctx.emitter.settle();
        }
    }

    private CallRef act(String userId, String callId, Consumer<CallHalf> action) {
        return run(() -> {
            CallHalf half = ctx.registry.require(userId, callId);
            action.accept(half);
            return ref(half);
        });
    }

    private CallHalf externalHalf(String extTrackingId) {
        CallSession session = ctx.registry.session(extTrackingId).orElseThrow(
                () -> new SimulatorException(Reason.NOT_FOUND, "no call " + extTrackingId));
        return session.halves.stream().filter(h -> h.party.isExternal()).findFirst().orElseThrow(
                () -> new SimulatorException(Reason.INVALID_STATE, "call " + extTrackingId + " has no external party"));
    }

    static CallRef ref(CallHalf half) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(half.party.key(), half.callId);
        for (CallHalf other : half.session.halves) {
            ids.putIfAbsent(other.party.key(), other.callId);
        }
        if (half.peer != null) {
            ids.putIfAbsent(half.peer.party.key(), half.peer.callId);
        }
        return new CallRef(half.session.extTrackingId, ids);
    }
}
