package io.bwjtapi.csta.translate;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.internal.CallEditor;
import io.bwjtapi.csta.internal.Departure;
import io.bwjtapi.csta.internal.LegUpdate;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.model.ModelEdit;
import io.bwjtapi.csta.model.Party;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.Redirect;
import io.bwjtapi.xsi.model.RedirectReason;
import io.bwjtapi.xsi.model.ReleasingParty;

/**
 * The rules for events that carry one call half: drop what repeats or is older than the model, remove a
 * half that left, and otherwise apply the half's new state with the cause and reporting style its event
 * type calls for.
 */
final class CallEventRules {
    private CallEventRules() {
    }

    static Outcome apply(ModelEdit edit, CallEditor editor, DeviceId device, EventDataType type, Call call) {
        if (edit.isRecentlyEnded(LegRef.of(device, call.callId()))) {
            return Outcome.STALE;
        }
        Leg leg = editor.leg(call.callId()).orElse(null);
        LocalConnectionState state = LocalConnectionState.fromXsi(call.state(), call.personality());
        if (state == null) {
            return Outcome.IGNORED;
        }
        if (type == EventDataType.CALL_DETACHED || type == EventDataType.CALL_RELEASED
                || state == LocalConnectionState.NULL) {
            if (leg == null) {
                return Outcome.UNKNOWN_CALL;
            }
            editor.leave(call.callId(), type == EventDataType.CALL_DETACHED ? detached(leg, call)
                    : released(device, leg, call));
            return Outcome.APPLIED;
        }
        if (leg != null) {
            Outcome repeat = repeated(type, leg, call);
            if (repeat != null) {
                return repeat;
            }
        }
        editor.apply(update(type, leg, call, state));
        return Outcome.APPLIED;
    }

    /** Events that start a half must not come twice; others must not take the half back in time. */
    private static Outcome repeated(EventDataType type, Leg leg, Call call) {
        switch (type) {
            case CALL_ORIGINATING:
            case CALL_COLLECTING:
                return Outcome.DUPLICATE;
            case CALL_RECEIVED:
                return call.recallType().isPresent() ? null : Outcome.DUPLICATE;
            case CALL_ORIGINATED:
                boolean starting = leg.state() == LocalConnectionState.ALERTING
                        || leg.state() == LocalConnectionState.INITIATED;
                return starting && leg.call().personality() != Personality.TERMINATOR ? null : Outcome.DUPLICATE;
            default:
                return isOlder(type, leg.call(), call) ? Outcome.STALE : null;
        }
    }

    /** The held time only grows and the first answer time, once set, stays: data behind them is late. */
    private static boolean isOlder(EventDataType type, Call had, Call now) {
        long heldBefore = had.totalHeldTime().orElse(0);
        long heldNow = now.totalHeldTime().orElse(0);
        if (heldNow < heldBefore || (had.answerTime().isPresent() && now.answerTime().isEmpty())) {
            return true;
        }
        return type == EventDataType.CALL_ANSWERED && had.state() == CallState.HELD && heldNow == heldBefore;
    }

    private static LegUpdate update(EventDataType type, Leg leg, Call call, LocalConnectionState state) {
        switch (type) {
            case CALL_ORIGINATING:
                return LegUpdate.of(call, state, EventCause.MAKE_CALL).reachNetwork();
            case CALL_ORIGINATED:
                if (leg == null) {
                    return LegUpdate.of(call, state, EventCause.NEW_CALL).via(LocalConnectionState.INITIATED)
                            .reachNetwork();
                }
                boolean clickToDial = leg.call().personality() == Personality.CLICK_TO_DIAL;
                return LegUpdate.of(call, state, clickToDial ? EventCause.MAKE_CALL : EventCause.NEW_CALL)
                        .reachNetwork();
            case CALL_COLLECTING:
                return LegUpdate.of(call, LocalConnectionState.INITIATED, EventCause.NEW_CALL);
            case CALL_RECEIVED:
                EventCause cause = call.recallType().isPresent() ? EventCause.RECALL
                        : Causes.ofHistory(call, EventCause.NEW_CALL);
                return LegUpdate.of(call, state, cause).reachNetwork();
            case CALL_ANSWERED:
                return LegUpdate.of(call, state, Causes.ofHistory(call, EventCause.NEW_CALL)).reachNetwork();
            case CALL_FORWARDED:
                return LegUpdate.of(call, state, Causes.ofHistory(call, EventCause.CALL_FORWARD))
                        .remoteChange(LegUpdate.RemoteChange.DIVERT).reachNetwork();
            case CALL_TRANSFERRED:
                return LegUpdate.of(call, state, EventCause.TRANSFER).remoteChange(LegUpdate.RemoteChange.TRANSFER);
            case CALL_PICKED_UP:
                return LegUpdate.of(call, state, EventCause.CALL_PICKUP).remoteChange(LegUpdate.RemoteChange.DIVERT);
            case CALL_BARGED_IN:
                return LegUpdate.of(call, state, EventCause.INTRUDE).mergeKind(LegUpdate.MergeKind.CONFERENCE);
            case CALL_MONITORED:
                return LegUpdate.of(call, state, EventCause.SILENT_PARTICIPATION)
                        .mergeKind(LegUpdate.MergeKind.CONFERENCE);
            case CALL_PARK_RETRIEVED:
                return LegUpdate.of(call, state, EventCause.PARK).remoteChange(LegUpdate.RemoteChange.TRANSFER);
            case CALL_RELEASING:
                EventCause failure = call.releaseCause().map(c -> Causes.ofRelease(c.internalReleaseCause()))
                        .orElse(EventCause.NETWORK_SIGNAL);
                return LegUpdate.of(call, state, failure).failed();
            default:
                return LegUpdate.of(call, state, EventCause.NORMAL).reachNetwork();
        }
    }

    /** A release: by the user (local) or the other side (remote); before answer from the far end it is cancelled. */
    private static Departure released(DeviceId device, Leg leg, Call call) {
        ReleasingParty by = call.releasingParty().orElse(null);
        EventCause cause = call.releaseCause().map(c -> Causes.ofRelease(c.internalReleaseCause()))
                .orElse(leg.state() == LocalConnectionState.ALERTING && by == ReleasingParty.REMOTE_RELEASE
                        ? EventCause.CALL_CANCELLED : EventCause.NORMAL_CLEARING);
        DeviceId releasing = by == ReleasingParty.LOCAL_RELEASE ? device
                : by == ReleasingParty.REMOTE_RELEASE ? CallEditor.remoteDevice(leg.ref(), call) : null;
        return Departure.released(cause, releasing, by == ReleasingParty.REMOTE_RELEASE);
    }

    /** No longer presented to the user: a diversion while it rings, else the user simply is out of the call. */
    private static Departure detached(Leg leg, Call call) {
        RedirectReason reason = call.redirect().map(Redirect::reason).orElse(RedirectReason.UNKNOWN);
        EventCause cause = call.redirect().isPresent() ? Causes.ofRedirect(reason) : EventCause.REDIRECTED;
        return leg.state() == LocalConnectionState.ALERTING ? Departure.diverted(cause, destination(call))
                : Departure.detached(cause);
    }

    /** Where a redirect sent the call, named by its address. */
    static DeviceId destination(Call call) {
        return call.redirect().flatMap(Redirect::address).map(a -> Party.address(a).device()).orElse(null);
    }
}
