package io.bwjtapi.csta.translate;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.internal.CallEditor;
import io.bwjtapi.csta.internal.Departure;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.model.ModelEdit;
import io.bwjtapi.csta.sync.ReconcileResult;
import io.bwjtapi.csta.sync.Reconciler;
import io.bwjtapi.csta.sync.UnsynchronisedParty;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.CallRedirectedEvent;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.ConferenceEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.ConferenceParticipant;
import io.bwjtapi.xsi.model.Redirect;
import io.bwjtapi.xsi.model.RedirectReason;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the Xsi events of monitored users to a {@link CallModel} and returns the CSTA events they imply.
 * Call snapshots go through the {@link Reconciler}; each unsynchronised party it finds is logged once at WARN
 * under {@link UnsynchronisedParty#LOG_CODE}. Each event is applied whole or not at all: a duplicate, late or
 * otherwise unusable event leaves the model as it was, is logged at DEBUG and counted ({@link #stats()}).
 *
 * <p>Call it on the model's single writer thread. The device is the subscription's target user, as the
 * backend reports it; the event's optional {@code targetId} is not used.
 */
public final class XsiTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(XsiTranslator.class);

    private final Reconciler reconciler = new Reconciler();
    private final TranslationStats.Counters counters = new TranslationStats.Counters();

    /**
     * Applies one subscription event.
     *
     * @param model the model to change
     * @param userId the monitored user the event is about (the subscription's target)
     * @param event the event
     * @return what became of it and the CSTA events
     */
    public Translation apply(CallModel model, String userId, SubscriptionEvent event) {
        return apply(model, DeviceId.of(userId), event.data());
    }

    /**
     * Applies one event payload.
     *
     * @param model the model to change
     * @param device the monitored device the event is about
     * @param data the event's payload
     * @return what became of it and the CSTA events
     */
    public Translation apply(CallModel model, DeviceId device, EventData data) {
        Translation result;
        try {
            result = dispatch(model, device, data);
        } catch (RuntimeException e) {
            LOG.warn("Could not apply {} for {}; the model is unchanged", data.typeName(), device, e);
            result = Translation.of(Outcome.REJECTED);
        }
        if (result.outcome() != Outcome.APPLIED && result.outcome() != Outcome.IGNORED) {
            LOG.debug("Dropped {} for {}: {}", data.typeName(), device, result.outcome());
        }
        counters.count(result);
        return result;
    }

    /** @return how many events had each outcome so far; safe to call from any thread */
    public TranslationStats stats() {
        return counters.snapshot();
    }

    private Translation dispatch(CallModel model, DeviceId device, EventData data) {
        switch (data.type().shape()) {
            case CALL:
                return call(model, device, (CallEvent) data);
            case CALL_LIST:
                return redirected(model, device, (CallRedirectedEvent) data);
            case CALL_SNAPSHOT:
                return snapshot(model, device, (CallSubscriptionEvent) data);
            case CONFERENCE:
                return conference(model, device, (ConferenceEvent) data);
            default:
                return Translation.of(Outcome.IGNORED);
        }
    }

    private Translation call(CallModel model, DeviceId device, CallEvent event) {
        ModelEdit edit = new ModelEdit(model);
        CallEditor editor = new CallEditor(edit, device);
        Outcome outcome = CallEventRules.apply(edit, editor, device, event.type(), event.call());
        return commit(model, edit, editor, outcome);
    }

    /** Redirected calls leave the user: two transferred together were a consultative transfer. */
    private Translation redirected(CallModel model, DeviceId device, CallRedirectedEvent event) {
        ModelEdit edit = new ModelEdit(model);
        CallEditor editor = new CallEditor(edit, device);
        List<Call> rest = new ArrayList<>(event.calls());
        List<Leg> transfers = new ArrayList<>();
        for (Call call : event.calls()) {
            editor.leg(call.callId()).filter(l -> reason(call) == RedirectReason.TRANSFER).ifPresent(transfers::add);
        }
        boolean applied = false;
        if (transfers.size() >= 2) {
            Leg held = transfers.get(0);
            Leg consulted = transfers.get(1);
            applied = editor.consultTransfer(held.callId(), consulted.callId(),
                    CallEditor.remoteDevice(consulted.ref(), consulted.call()), EventCause.TRANSFER);
            rest.removeIf(c -> c.callId().equals(held.callId()) || c.callId().equals(consulted.callId()));
        }
        for (Call call : rest) {
            Leg leg = editor.leg(call.callId()).orElse(null);
            if (leg != null) {
                boolean transfer = reason(call) == RedirectReason.TRANSFER
                        && leg.state() != LocalConnectionState.ALERTING;
                DeviceId to = CallEventRules.destination(call);
                applied |= editor.leave(call.callId(),
                        transfer ? Departure.transferred(EventCause.SINGLE_STEP_TRANSFER, to)
                                : Departure.diverted(Causes.ofRedirect(reason(call)), to));
            }
        }
        return commit(model, edit, editor, applied ? Outcome.APPLIED : Outcome.UNKNOWN_CALL);
    }

    private Translation snapshot(CallModel model, DeviceId device, CallSubscriptionEvent event) {
        ReconcileResult result = reconciler.reconcile(model, device, event);
        result.applyTo(model);
        for (UnsynchronisedParty party : result.unsynchronised()) {
            LOG.warn("{}", party.toLogMessage());
        }
        return new Translation(Outcome.APPLIED, result.events(), result.unsynchronised(), true);
    }

    /** A conference started or changed: its legs become one call. Other conference events carry no call change. */
    private Translation conference(CallModel model, DeviceId device, ConferenceEvent event) {
        if (event.type() != EventDataType.CONFERENCE_STARTED && event.type() != EventDataType.CONFERENCE_UPDATED) {
            return Translation.of(Outcome.IGNORED);
        }
        ModelEdit edit = new ModelEdit(model);
        CallEditor editor = new CallEditor(edit, device);
        List<String> legs = new ArrayList<>();
        for (ConferenceParticipant p : event.conference().participants()) {
            legs.add(p.callId());
        }
        editor.conference(legs, EventCause.CONFERENCE);
        return commit(model, edit, editor, Outcome.APPLIED);
    }

    private static Translation commit(CallModel model, ModelEdit edit, CallEditor editor, Outcome outcome) {
        if (outcome != Outcome.APPLIED) {
            return Translation.of(outcome);
        }
        edit.commit().applyTo(model);
        return new Translation(outcome, editor.events(), List.of(), false);
    }

    private static RedirectReason reason(Call call) {
        return call.redirect().map(Redirect::reason).orElse(RedirectReason.UNKNOWN);
    }
}
