package io.bwjtapi.benchmarks.csta;

import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.CallType;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.ReleasingParty;
import io.bwjtapi.xsi.model.XsiAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A pre-built stream of typed Xsi call events for pairs of monitored users: each call goes through originate,
 * receive, answer (both sides), hold and retrieve (both sides) and release (both sides), ten events. The
 * pairs' calls are interleaved step by step, so as many calls are live at once as there are pairs.
 */
final class CallFlowStream {
    /** One event and the monitored device it is for. */
    record Delivery(DeviceId device, EventData data) {
    }

    static final int EVENTS_PER_CALL = 10;

    private CallFlowStream() {
    }

    static List<Delivery> build(int pairs, int callsPerPair) {
        List<Delivery> stream = new ArrayList<>(pairs * callsPerPair * EVENTS_PER_CALL);
        for (int k = 0; k < callsPerPair; k++) {
            for (int step = 0; step < EVENTS_PER_CALL; step++) {
                for (int p = 0; p < pairs; p++) {
                    stream.add(event(p, k, step));
                }
            }
        }
        return stream;
    }

    private static Delivery event(int pair, int call, int step) {
        String a = "a" + pair + "@bench";
        String b = "b" + pair + "@bench";
        String ext = pair + ":" + call;
        boolean toA = step == 0 || step == 3 || step == 4 || step == 6 || step == 8;
        String device = toA ? a : b;
        var builder = Call.builder((toA ? "a-" : "b-") + ext, ext)
                .personality(toA ? Personality.ORIGINATOR : Personality.TERMINATOR)
                .remoteParty(party(toA ? b : a)).startTime(1);
        EventDataType type;
        switch (step) {
            case 0, 1 -> {
                type = step == 0 ? EventDataType.CALL_ORIGINATED : EventDataType.CALL_RECEIVED;
                builder.state(CallState.ALERTING);
            }
            case 2, 3 -> {
                type = EventDataType.CALL_ANSWERED;
                builder.state(CallState.ACTIVE).answerTime(2L);
            }
            case 4, 5 -> {
                type = EventDataType.CALL_HELD;
                builder.state(toA ? CallState.HELD : CallState.REMOTE_HELD).answerTime(2L).heldTime(3L);
            }
            case 6, 7 -> {
                type = EventDataType.CALL_RETRIEVED;
                builder.state(CallState.ACTIVE).answerTime(2L).totalHeldTime(10L);
            }
            default -> {
                type = EventDataType.CALL_RELEASED;
                builder.state(CallState.RELEASED).answerTime(2L).totalHeldTime(10L).releaseTime(20L)
                        .releasingParty(toA ? ReleasingParty.LOCAL_RELEASE : ReleasingParty.REMOTE_RELEASE);
            }
        }
        return new Delivery(DeviceId.of(device), new CallEvent(type, builder.build()));
    }

    private static PartyInfo party(String userId) {
        return new PartyInfo(null, XsiAddress.of("tel:" + userId.substring(0, userId.indexOf('@'))), userId, null,
                false, CallType.GROUP);
    }
}
