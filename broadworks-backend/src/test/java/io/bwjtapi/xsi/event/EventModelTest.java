package io.bwjtapi.xsi.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Conference;
import io.bwjtapi.xsi.model.Personality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventModelTest {
    private static final Call CALL = Call.builder("callhalf-1:0", "9:1").personality(Personality.ORIGINATOR)
            .state(CallState.ACTIVE).startTime(5).answerTime(6L).build();

    @Test
    void aPayloadOnlyAcceptsTypesOfItsShape() {
        assertThrows(IllegalArgumentException.class, () -> new CallEvent(EventDataType.HOOK_STATUS, CALL));
        assertThrows(IllegalArgumentException.class, () -> new CallEvent(EventDataType.CALL_REDIRECTED, CALL));
        assertThrows(IllegalArgumentException.class,
                () -> new ConferenceEvent(EventDataType.CALL_HELD, new Conference(null, null, null, false, null, null)));
        for (EventDataType type : EventDataType.values()) {
            if (type.shape() == EventDataType.Shape.CALL) {
                assertEquals(type, new CallEvent(type, CALL).type());
                assertEquals(type, EventDataType.fromWire(type.wireName()));
            }
        }
        assertEquals(EventDataType.UNKNOWN, EventDataType.fromWire("SomethingNewEvent"));
    }

    @Test
    void callsAreImmutableValuesAndCanBeDerived() {
        Call held = CALL.toBuilder().state(CallState.HELD).heldTime(7L).build();
        assertEquals(CallState.ACTIVE, CALL.state());
        assertEquals(CALL, CALL.toBuilder().build());
        assertNotEquals(CALL, held);
        assertEquals(7L, held.heldTime().getAsLong());
        assertThrows(UnsupportedOperationException.class, () -> held.redirections().add(null));
        assertTrue(held.toString().contains("callhalf-1:0") && held.toString().contains("HELD"), held::toString);
        assertThrows(NullPointerException.class, () -> Call.builder(null, "x").build());
    }

    @Test
    void snapshotListsAreCopiedAndFrozen() {
        List<Call> calls = new ArrayList<>(List.of(CALL));
        CallSubscriptionEvent snapshot = new CallSubscriptionEvent(true, calls, null,
                io.bwjtapi.xsi.model.HookStatus.OFF_HOOK);
        calls.clear();
        assertEquals(List.of(CALL), snapshot.calls());
        assertTrue(snapshot.isResync());
        assertEquals("CallSubscriptionResyncEvent", snapshot.typeName());
    }

    @Test
    void decodingADocumentThatIsNotAnEventFails() {
        assertThrows(XsiDecodeException.class, () -> XsiEvents.decode(
                "<ChannelHeartBeat xmlns=\"http://schema.broadsoft.com/xsi\"/>"));
        assertThrows(XsiDecodeException.class, () -> XsiEvents.decode("not xml"));
    }
}
