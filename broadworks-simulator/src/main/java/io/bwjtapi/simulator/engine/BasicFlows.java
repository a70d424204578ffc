package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.model.ForwardingCondition;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.Redirect;
import io.bwjtapi.simulator.model.RedirectReason;
import io.bwjtapi.simulator.model.Redirection;
import io.bwjtapi.simulator.model.ReleaseCause;
import io.bwjtapi.simulator.model.SimUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two-party call flows: originate (from a phone, by click-to-dial or from the network), offer to a
 * destination with busy, forwarding and no-answer handling, answer, hold, retrieve, release and decline.
 */
final class BasicFlows {
    /** Redirections after which a call is treated as looping. */
    private static final int MAX_REDIRECTIONS = 5;

    private final SwitchContext ctx;
    private final Emitter emit;
    private ConferenceFlows conferences;

    BasicFlows(SwitchContext ctx) {
        this.ctx = ctx;
        this.emit = ctx.emitter;
    }

    void conferences(ConferenceFlows flows) {
        this.conferences = flows;
    }

    /** The user dials from the device: HookStatus(Off-Hook), CallOriginated, then the far end is offered. */
    CallHalf originate(SimUser from, String address) {
        requireAddress(address);
        CallSession session = ctx.newSession(ctx.servers.serving(from.userId()));
        CallHalf caller = ctx.newHalf(session, Party.of(from), Personality.ORIGINATOR);
        caller.pendingRemote = ctx.partyFor(address);
        ctx.engageDevice(caller);
        emit.call(caller, CallEventType.ORIGINATED);
        offer(caller, address, List.of());
        return caller;
    }

    /** An external caller dials a user of the group. */
    CallHalf originateExternal(String number, String address) {
        requireAddress(number);
        SimUser target = ctx.directory.resolve(address).orElseThrow(() -> new SimulatorException(
                Reason.NOT_FOUND, "an external call needs a user of the group as destination: " + address));
        CallSession session = ctx.newSession(ctx.servers.serving(target.userId()));
        CallHalf caller = ctx.newHalf(session, Party.external(UserDirectory.externalNumber(number)),
                Personality.ORIGINATOR);
        offer(caller, address, List.of());
        return caller;
    }

    /** Xsi click-to-dial: the user's device is alerted first (CallOriginating) and answers after a delay. */
    CallHalf clickToDial(SimUser user, String address) {
        requireAddress(address);
        CallSession session = ctx.newSession(ctx.servers.serving(user.userId()));
        CallHalf half = ctx.newHalf(session, Party.of(user), Personality.CLICK_TO_DIAL);
        half.pendingRemote = ctx.partyFor(address);
        half.dialledAddress = address;
        emit.call(half, CallEventType.ORIGINATING);
        ctx.scheduler.schedule(ctx.config.clickToDialAnswerDelay(), () -> {
            if (half.phase == CallHalf.Phase.ALERTING && half.personality == Personality.CLICK_TO_DIAL
                    && !half.session.mediaOnly) {
                deviceAnswersClickToDial(half);
                emit.settle();
            }
        });
        return half;
    }

    void deviceAnswersClickToDial(CallHalf half) {
        half.personality = Personality.ORIGINATOR;
        ctx.engageDevice(half);
        emit.call(half, CallEventType.ORIGINATED);
        offer(half, half.dialledAddress, List.of());
    }

    /**
     * Presents the caller's call to an address: a user (with Call Forwarding Always and Busy applied), or an
     * external number. Returns whether the call now alerts somewhere; otherwise the caller was released.
     */
    boolean offer(CallHalf caller, String address, List<Redirection> history) {
        if (history.size() > MAX_REDIRECTIONS) {
            fail(caller, ReleaseCause.ROUTING_FAILURE);
            return false;
        }
        Optional<SimUser> resolved = ctx.directory.resolve(address);
        if (resolved.isEmpty()) {
            return offerExternal(caller, UserDirectory.externalNumber(address));
        }
        SimUser target = resolved.get();
        if (target.equals(caller.party.user())) {
            fail(caller, ReleaseCause.BUSY);
            return false;
        }
        String always = ctx.settings.forwarding(target.userId(), ForwardingCondition.ALWAYS);
        if (always != null) {
            // Advanced Call reports the call at the forwarding user before service processing.
            CallHalf ghost = newTerminator(caller, target, history);
            emit.call(ghost, CallEventType.RECEIVED, CallLevel.ADVANCED);
            return forward(ghost, always, RedirectReason.UNCONDITIONAL, CallLevel.ADVANCED);
        }
        if (ctx.settings.isBusy(target.userId())) {
            String onBusy = ctx.settings.forwarding(target.userId(), ForwardingCondition.BUSY);
            if (onBusy == null) {
                fail(caller, ReleaseCause.BUSY);
                return false;
            }
            return forwardedBy(caller, target, onBusy, RedirectReason.USER_BUSY, history);
        }
        CallHalf terminator = newTerminator(caller, target, history);
        emit.call(terminator, CallEventType.RECEIVED);
        startNoAnswerTimer(terminator);
        return true;
    }

    private boolean forwardedBy(CallHalf caller, SimUser by, String to, RedirectReason reason,
            List<Redirection> history) {
        List<Redirection> more = append(history, by, reason);
        boolean alerting = offer(caller, to, more);
        if (alerting) {
            emit.call(caller, CallEventType.FORWARDED);
        }
        return alerting;
    }

    /** Moves an alerting terminator's call on to another address; the terminator is detached and released. */
    boolean forward(CallHalf terminator, String to, RedirectReason reason, CallLevel releaseLevel) {
        CallHalf caller = terminator.peer;
        List<Redirection> history = append(terminator.redirections, terminator.party.user(), reason);
        detachAndRelease(terminator, to, reason, releaseLevel);
        boolean alerting = offer(caller, to, history);
        if (alerting) {
            emit.call(caller, CallEventType.FORWARDED);
        }
        return alerting;
    }

    /** Reports a half as redirected away (Advanced Call: CallRedirected, state Detached) and releases it. */
    void detachAndRelease(CallHalf half, String to, RedirectReason reason, CallLevel releaseLevel) {
        if (half.abandoned) {
            ctx.registry.removeHalf(half);
            return;
        }
        long now = ctx.now();
        half.phase = CallHalf.Phase.DETACHED;
        half.detachedTime = now;
        half.redirect = new Redirect(ctx.partyFor(to).address(), reason, now);
        if (!half.party.isExternal()) {
            emit.redirected(half.party.user(), List.of(half));
        }
        releaseHalf(half, null, releaseLevel);
    }

    private boolean offerExternal(CallHalf caller, String number) {
        CallHalf far = ctx.newHalf(caller.session, Party.external(number), Personality.TERMINATOR);
        link(caller, far);
        startNoAnswerTimer(far);
        if (ctx.config.externalAnswerDelay() != null) {
            int token = far.alertToken;
            ctx.scheduler.schedule(ctx.config.externalAnswerDelay(), () -> {
                if (far.phase == CallHalf.Phase.ALERTING && far.alertToken == token && !far.session.mediaOnly) {
                    connect(far);
                    emit.settle();
                }
            });
        }
        return true;
    }

    private CallHalf newTerminator(CallHalf caller, SimUser target, List<Redirection> history) {
        CallHalf terminator = ctx.newHalf(caller.session, Party.of(target), Personality.TERMINATOR);
        terminator.redirections = history;
        link(caller, terminator);
        return terminator;
    }

    static void link(CallHalf a, CallHalf b) {
        a.peer = b;
        b.peer = a;
        a.pendingRemote = null;
        b.pendingRemote = null;
    }

    private void startNoAnswerTimer(CallHalf terminator) {
        int token = ++terminator.alertToken;
        ctx.scheduler.schedule(ctx.config.noAnswerTimeout(), () -> {
            boolean stillRinging = terminator.phase == CallHalf.Phase.ALERTING || terminator.abandoned;
            if (stillRinging && terminator.alertToken == token && terminator.peer != null
                    && terminator.peer.peer == terminator && !terminator.peer.isReleased()) {
                noAnswer(terminator);
                emit.settle();
            }
        });
    }

    private void noAnswer(CallHalf terminator) {
        CallHalf caller = terminator.peer;
        if (terminator.session.mediaOnly) {
            dropMediaOnly(terminator.session);
            return;
        }
        SimUser user = terminator.party.user();
        String onNoAnswer = user == null ? null : ctx.settings.forwarding(user.userId(), ForwardingCondition.NO_ANSWER);
        if (onNoAnswer != null) {
            forward(terminator, onNoAnswer, RedirectReason.NO_ANSWER, CallLevel.BASIC);
            return;
        }
        if (!terminator.abandoned) {
            releaseHalf(terminator, false, CallLevel.BASIC);
        } else {
            ctx.registry.removeHalf(terminator);
        }
        fail(caller, ReleaseCause.REQUEST_TIMEOUT);
    }

    /** The user (or Xsi Talk) answers: an alerting call connects, a click-to-dial device picks up. */
    void answer(CallHalf half) {
        if (half.phase == CallHalf.Phase.ALERTING && half.personality == Personality.CLICK_TO_DIAL) {
            deviceAnswersClickToDial(half);
        } else if (half.isAlertingTerminator()) {
            connect(half);
        } else if (half.isConnected() && half.localHold) {
            retrieve(half);
        } else {
            throw invalid("answer", half);
        }
    }

    /** Connects an alerting terminator (a user or an external party) with its caller. */
    void connect(CallHalf terminator) {
        long now = ctx.now();
        terminator.phase = CallHalf.Phase.CONNECTED;
        terminator.answerTime = now;
        ctx.engageDevice(terminator);
        emit.call(terminator, CallEventType.ANSWERED);
        CallHalf caller = terminator.peer;
        if (caller.phase == CallHalf.Phase.ALERTING) {
            caller.phase = CallHalf.Phase.CONNECTED;
            caller.answerTime = now;
        }
        // After a blind transfer the transferred party was already connected: CallAnswered repeats.
        emit.call(caller, CallEventType.ANSWERED);
    }

    void hold(CallHalf half) {
        if (!half.isConnected() || half.localHold) {
            throw invalid("hold", half);
        }
        half.localHold = true;
        half.heldTime = ctx.now();
        emit.call(half, CallEventType.HELD);
        CallHalf peer = half.peer;
        if (peer != null && !peer.remoteHold) {
            boolean wasHeldLocally = peer.localHold;
            peer.remoteHold = true;
            if (!wasHeldLocally) {
                emit.call(peer, CallEventType.HELD);
            }
        }
    }

    void retrieve(CallHalf half) {
        if (!half.isConnected() || !half.localHold) {
            throw invalid("retrieve", half);
        }
        half.totalHeldTime += Math.max(1, ctx.now() - half.heldTime);
        half.heldTime = 0;
        half.localHold = false;
        emit.call(half, CallEventType.RETRIEVED);
        CallHalf peer = half.peer;
        if (peer != null && peer.remoteHold) {
            peer.remoteHold = false;
            if (!peer.localHold) {
                emit.call(peer, CallEventType.RETRIEVED);
            }
        }
    }

    /**
     * The user hangs up. An alerting terminator only stops ringing (the caller keeps alerting until its
     * no-answer timer); any other call is released at both ends.
     */
    void release(CallHalf half) {
        if (half.isAlertingTerminator()) {
            releaseHalf(half, true, CallLevel.BASIC);
            half.abandoned = true;
        } else if (half.phase == CallHalf.Phase.ALERTING && half.personality == Personality.CLICK_TO_DIAL) {
            releaseHalf(half, true, CallLevel.BASIC);
        } else {
            hangUp(half, true);
        }
    }

    /** Releases a half and, unless it already left, the other party's half. */
    void hangUp(CallHalf half, boolean local) {
        CallHalf peer = half.peer;
        releaseHalf(half, local, CallLevel.BASIC);
        if (peer != null && peer.peer == half && !peer.isReleased()) {
            if (peer.abandoned) {
                ctx.registry.removeHalf(peer);
            } else {
                releaseHalf(peer, !local, CallLevel.BASIC);
            }
        }
    }

    /** Rejects an alerting call: as busy, or as temporarily unavailable (which triggers no-answer services). */
    void decline(CallHalf half, ReleaseCause cause) {
        if (!half.isAlertingTerminator()) {
            throw invalid("decline", half);
        }
        ForwardingCondition condition = cause == ReleaseCause.BUSY ? ForwardingCondition.BUSY
                : ForwardingCondition.NO_ANSWER;
        String destination = ctx.settings.forwarding(half.party.key(), condition);
        if (destination != null) {
            forward(half, destination, condition.reason(), CallLevel.BASIC);
            return;
        }
        CallHalf caller = half.peer;
        releaseHalf(half, true, CallLevel.BASIC);
        fail(caller, cause);
    }

    /** The caller's call fails: busy treatment first (CallReleasing), then release with the cause. */
    void fail(CallHalf caller, ReleaseCause cause) {
        caller.releaseCause = cause;
        if (cause == ReleaseCause.BUSY) {
            emit.call(caller, CallEventType.RELEASING);
        }
        releaseHalf(caller, false, CallLevel.BASIC);
    }

    /** Marks a half released, reports it and forgets it. */
    void releaseHalf(CallHalf half, Boolean local, CallLevel level) {
        if (half.isReleased()) {
            return;
        }
        Optional<Conference> conference = ctx.registry.conferenceOf(half);
        half.phase = CallHalf.Phase.RELEASED;
        half.releaseTime = ctx.now();
        half.localRelease = local;
        half.localHold = false;
        emit.call(half, CallEventType.RELEASED, level);
        ctx.registry.removeHalf(half);
        conference.ifPresent(c -> conferences.legLeft(c, half));
    }

    /** A media-only call ends in the network; no AS knows it, so nobody is told. */
    void dropMediaOnly(CallSession session) {
        for (CallHalf half : new ArrayList<>(session.halves)) {
            half.phase = CallHalf.Phase.RELEASED;
            ctx.registry.removeHalf(half);
        }
    }

    private static List<Redirection> append(List<Redirection> history, SimUser by, RedirectReason reason) {
        List<Redirection> more = new ArrayList<>(history);
        more.add(new Redirection(io.bwjtapi.simulator.model.PartyInfo.of(by, Party.COUNTRY_CODE), reason,
                history.size() + 1));
        return more;
    }

    private static void requireAddress(String address) {
        if (address == null || address.isBlank() || UserDirectory.normalise(address).isEmpty()) {
            throw new SimulatorException(Reason.BAD_REQUEST, "an address is required");
        }
    }

    static SimulatorException invalid(String action, CallHalf half) {
        return new SimulatorException(Reason.INVALID_STATE,
                "cannot " + action + " call " + half.callId + " in state " + half.state().wire());
    }
}
