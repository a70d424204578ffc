package io.bwjtapi.broadworks.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.broadworks.support.RecordingSink;
import io.bwjtapi.broadworks.users.MonitoredUser;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.translate.Translation;
import io.bwjtapi.csta.translate.XsiTranslator;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.CallType;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.XsiAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The call model reaches the JTAPI layer as deltas against what it was told, and as complete calls. */
class CallReporterTest {
    private static final String A = "user1001@t";
    private static final PartyInfo EXTERNAL = new PartyInfo(null, XsiAddress.of("tel:+4940555000"), null, null,
            false, CallType.NETWORK);

    private final RecordingSink sink = new RecordingSink();
    private final CallModel model = new CallModel();
    private final XsiTranslator translator = new XsiTranslator();
    private final MonitoredUsers users = new MonitoredUsers(List.of(new MonitoredUser(A, "+15550101001", "1001")));
    private final CallReporter reporter = new CallReporter(sink, model, new CallProjector(() -> users));
    private Predicate<String> visible = Set.of(A)::contains;

    private void event(EventDataType type, Call call) {
        Translation t = translator.apply(model, DeviceId.of(A), new CallEvent(type, call));
        reporter.report(t.events(), visible);
    }

    private static Call half(CallState state, Long answered) {
        return Call.builder("callhalf-1", "1:1").personality(Personality.ORIGINATOR).state(state)
                .remoteParty(EXTERNAL).startTime(1).answerTime(answered).build();
    }

    @Test
    void anOutgoingCallIsReportedAsDeltas() {
        event(EventDataType.CALL_ORIGINATED, half(CallState.ALERTING, null));
        assertEquals(List.of("callChanged CallUpdate[call-1 [local 1001=ESTABLISHED/NORMAL #callhalf-1"
                + " [user1001@t=TALKING(no answer)], remote +4940555000=NETWORK_ALERTING/NORMAL]"
                + " from 1001 to +4940555000]"), sink.take());
        event(EventDataType.CALL_ANSWERED, half(CallState.ACTIVE, 5L));
        assertEquals(List.of("callChanged CallUpdate[call-1 [remote +4940555000=ESTABLISHED/NORMAL]"
                + " from 1001 to +4940555000]"), sink.take());
        event(EventDataType.CALL_RELEASED, half(CallState.RELEASED, 5L));
        assertEquals(List.of("callChanged CallUpdate[call-1 [local 1001=DISCONNECTED/NORMAL #callhalf-1"
                + " [user1001@t=DROPPED(no answer)], remote +4940555000=DISCONNECTED/NORMAL]]"), sink.take());
    }

    @Test
    void aUserTheLayerSeesOutOfServiceIsLeftOut() {
        visible = userId -> false;
        event(EventDataType.CALL_ORIGINATED, half(CallState.ALERTING, null));
        assertEquals(List.of("callChanged CallUpdate[call-1 [remote +4940555000=NETWORK_ALERTING/NORMAL]"
                + " from 1001 to +4940555000]"), sink.take(), "no local party: the layer ignores the call");
    }

    @Test
    void completeCallsAreWhatLaterDeltasAreAgainst() {
        visible = userId -> false;
        event(EventDataType.CALL_ORIGINATED, half(CallState.ALERTING, null));
        sink.take();
        visible = Set.of(A)::contains;
        assertEquals("[CallUpdate[call-1 [local 1001=ESTABLISHED/NORMAL #callhalf-1 [user1001@t=TALKING(no answer)],"
                + " remote +4940555000=NETWORK_ALERTING/NORMAL] from 1001 to +4940555000]]",
                reporter.completeCallsAt(A, visible).toString());
        event(EventDataType.CALL_HELD, half(CallState.HELD, 5L));
        assertEquals(List.of("callChanged CallUpdate[call-1 [local 1001=ESTABLISHED/NORMAL #callhalf-1"
                + " [user1001@t=HELD(no answer)], remote +4940555000=ESTABLISHED/NORMAL] from 1001 to +4940555000]"),
                sink.take());
    }

    @Test
    void theRestoreSnapshotHoldsTheCallsWithALocalPartyAndTheDevicesLeftOut() {
        event(EventDataType.CALL_ORIGINATED, half(CallState.ALERTING, null));
        sink.take();
        assertEquals("ServiceSnapshot[0 calls, out of service {1001=OUT_OF_SYNC}]",
                reporter.restore(userId -> false, Map.of("1001", io.bwjtapi.provider.spi.ServiceCause.OUT_OF_SYNC))
                        .toString());
        assertEquals(1, reporter.restore(visible, Map.of()).calls().size());
    }
}
