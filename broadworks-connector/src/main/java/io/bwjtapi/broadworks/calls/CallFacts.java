package io.bwjtapi.broadworks.calls;

import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.fact.CallAlerting;
import io.bwjtapi.failover.fact.CallAlertingEnded;
import io.bwjtapi.failover.fact.CallStarted;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.CallRedirectedEvent;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.Call;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The call facts the failover policy needs to catch a silent Application Server failover: a call the user
 * originated, a call that started alerting the user (both make the policy force a resync, because BroadWorks
 * sends none for them), calls alerting since a known time (found in a snapshot) and calls that stopped alerting.
 * It remembers which of each user's call halves alert. Switch thread only.
 */
final class CallFacts {
    private final Map<String, Set<String>> alerting = new HashMap<>();

    /**
     * @param userId the user an applied call event was about
     * @param data the event
     * @param model the model after the event
     * @return the facts, in order
     */
    List<Fact> afterEvent(String userId, EventData data, CallModelView model) {
        List<Fact> facts = new ArrayList<>(1);
        DeviceId device = DeviceId.of(userId);
        List<Call> calls = data instanceof CallEvent ? List.of(((CallEvent) data).call())
                : data instanceof CallRedirectedEvent ? ((CallRedirectedEvent) data).calls() : List.of();
        for (Call call : calls) {
            if (data.type() == EventDataType.CALL_ORIGINATED) {
                facts.add(new CallStarted(device, call.callId(), CallStarted.Kind.ORIGINATED));
            }
            boolean ringing = leg(model, userId, call.callId()).map(l -> l.state() == LocalConnectionState.ALERTING)
                    .orElse(false);
            Set<String> known = alerting.computeIfAbsent(userId, u -> new HashSet<>(2));
            if (ringing && known.add(call.callId())) {
                facts.add(new CallStarted(device, call.callId(), CallStarted.Kind.ALERTING));
            } else if (!ringing && known.remove(call.callId())) {
                facts.add(new CallAlertingEnded(device, call.callId()));
            }
        }
        return facts;
    }

    /**
     * @param userId the user a snapshot was applied for
     * @param snapshot the snapshot
     * @return a watch for each call alerting in it, since the call started
     */
    List<Fact> afterSnapshot(String userId, CallSubscriptionEvent snapshot) {
        List<Fact> facts = new ArrayList<>();
        Set<String> known = new HashSet<>(2);
        for (Call call : snapshot.calls()) {
            LocalConnectionState state = LocalConnectionState.fromXsi(call.state(), call.personality());
            if (state == LocalConnectionState.ALERTING) {
                known.add(call.callId());
                facts.add(new CallAlerting(DeviceId.of(userId), call.callId(), Instant.ofEpochMilli(call.startTime())));
            }
        }
        alerting.put(userId, known);
        return facts;
    }

    private static Optional<Leg> leg(CallModelView model, String userId, String callId) {
        io.bwjtapi.csta.model.DeviceId device = io.bwjtapi.csta.model.DeviceId.of(userId);
        return model.connection(device, callId).flatMap(c -> c.leg(callId));
    }
}
