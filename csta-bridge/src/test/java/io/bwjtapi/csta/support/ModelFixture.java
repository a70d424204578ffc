package io.bwjtapi.csta.support;

import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.translate.Translation;
import io.bwjtapi.csta.translate.XsiTranslator;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.CallRedirectedEvent;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.HookStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A model and a translator; every event goes through both, the model's invariants are checked and the CSTA
 * events are replayed into a {@link Projection} that must match the model after each step.
 */
public final class ModelFixture {
    public final CallModel model = new CallModel();
    public final XsiTranslator translator = new XsiTranslator();
    public final Projection projection = new Projection();
    public final List<CstaEvent> events = new ArrayList<>();

    /** Applies a call event of a user (name without {@code @t}) and returns the events as text. */
    public List<String> send(String user, EventDataType type, Call call) {
        return send(user, new CallEvent(type, call)).events().stream()
                .map(e -> EventText.of(e, EventText::shortName)).collect(java.util.stream.Collectors.toList());
    }

    public List<String> redirected(String user, Call... calls) {
        return EventText.of(send(user, new CallRedirectedEvent(List.of(calls))).events());
    }

    public List<String> snapshot(String user, Call... calls) {
        return EventText.of(send(user, new CallSubscriptionEvent(true, List.of(calls), null, HookStatus.ON_HOOK))
                .events());
    }

    public Translation send(String user, EventData data) {
        return deliver(XsiCalls.userId(user), data);
    }

    /** Applies an event of a user given by its full userId, checking the invariants and the event replay. */
    public Translation deliver(String userId, EventData data) {
        Translation t = translator.apply(model, DeviceId.of(userId), data);
        if (t.outcome() == io.bwjtapi.csta.translate.Outcome.REJECTED) {
            throw new AssertionError("the translator failed on " + data + " for " + userId);
        }
        events.addAll(t.events());
        ModelInvariants.check(model);
        projection.apply(t.events());
        if (!projection.view().equals(Projection.of(model))) {
            throw new AssertionError("events replay to " + projection.view() + " but the model holds "
                    + Projection.of(model) + " after " + t);
        }
        return t;
    }
}
