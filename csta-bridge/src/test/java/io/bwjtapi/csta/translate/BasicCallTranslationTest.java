package io.bwjtapi.csta.translate;

import static io.bwjtapi.csta.support.XsiCalls.call;
import static io.bwjtapi.csta.support.XsiCalls.external;
import static io.bwjtapi.csta.support.XsiCalls.user;
import static io.bwjtapi.xsi.event.EventDataType.CALL_ANSWERED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_HELD;
import static io.bwjtapi.xsi.event.EventDataType.CALL_ORIGINATED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RECEIVED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RELEASED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RELEASING;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RETRIEVED;
import static io.bwjtapi.xsi.model.CallState.ACTIVE;
import static io.bwjtapi.xsi.model.CallState.ALERTING;
import static io.bwjtapi.xsi.model.CallState.HELD;
import static io.bwjtapi.xsi.model.CallState.RELEASED;
import static io.bwjtapi.xsi.model.CallState.REMOTE_HELD;
import static io.bwjtapi.xsi.model.Personality.ORIGINATOR;
import static io.bwjtapi.xsi.model.Personality.TERMINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.support.ModelFixture;
import io.bwjtapi.csta.support.XsiCalls;
import io.bwjtapi.xsi.model.InternalReleaseCause;
import io.bwjtapi.xsi.model.ReleaseCause;
import io.bwjtapi.xsi.model.ReleasingParty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two-party calls from hand-written Xsi events: what each event does to the model and which CSTA events it gives. */
class BasicCallTranslationTest {
    private final ModelFixture f = new ModelFixture();

    @Test
    void outgoingCallToTheNetworkIsInitiatedOriginatedAndReachesTheNetwork() {
        assertEquals(List.of("ServiceInitiated(a=initiated,newCall)", "Originated(a=connected,newCall)",
                "NetworkReached(tel:+4940=connected,newCall)", "Delivered(tel:+4940=alerting,newCall)"),
                f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, external("+4940"))));
        assertEquals(List.of("Established(tel:+4940=connected,newCall)"),
                f.send("a", CALL_ANSWERED, call("a1", "x1", ORIGINATOR, ACTIVE, external("+4940"))));
        assertEquals(List.of("ConnectionCleared(a=null,normalClearing)",
                "ConnectionCleared(tel:+4940=null,normalClearing)", "CallCleared(normalClearing)"),
                f.send("a", CALL_RELEASED, XsiCalls.builder("a1", "x1", ORIGINATOR, RELEASED, external("+4940"))
                        .releasingParty(ReleasingParty.LOCAL_RELEASE).build()));
        assertTrue(f.model.calls().isEmpty());
    }

    @Test
    void incomingCallShowsTheCallerBeforeTheAlertingDevice() {
        assertEquals(List.of("Originated(tel:+4940=connected,newCall)", "Delivered(b=alerting,newCall)"),
                f.send("b", CALL_RECEIVED, call("b1", "x1", TERMINATOR, ALERTING, external("+4940"))));
        CstaCall call = f.model.calls().get(0);
        assertEquals("tel:+4940", call.parties().calling().orElseThrow().device().value());
        assertEquals("b@t", call.parties().called().orElseThrow().device().value());
    }

    @Test
    void bothPartiesMonitoredShareOneCallWithoutPlaceholders() {
        f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, user("b")));
        assertEquals(List.of(), f.send("b", CALL_RECEIVED, call("b1", "x1", TERMINATOR, ALERTING, user("a"))),
                "b's half takes over the placeholder a's half made for b");
        assertEquals(List.of("Established(b=connected,newCall)"),
                f.send("b", CALL_ANSWERED, call("b1", "x1", TERMINATOR, ACTIVE, user("a"))));
        assertEquals(List.of(), f.send("a", CALL_ANSWERED, call("a1", "x1", ORIGINATOR, ACTIVE, user("b"))));
        CstaCall call = f.model.calls().get(0);
        assertEquals(2, call.connections().size());
        assertTrue(call.connections().stream().allMatch(c -> c.isMonitored()));
        assertEquals(call, f.model.connection(DeviceId.of("b@t"), "b1").map(c -> call).orElseThrow());
    }

    @Test
    void holdAndRetrieveMoveTheHoldingPartyAndTheHeldPlaceholder() {
        f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, external("+4940")));
        f.send("a", CALL_ANSWERED, call("a1", "x1", ORIGINATOR, ACTIVE, external("+4940")));
        assertEquals(List.of("Held(a=hold,normal)"),
                f.send("a", CALL_HELD, call("a1", "x1", ORIGINATOR, HELD, external("+4940"))));
        assertEquals(List.of("Retrieved(a=connected,normal)"), f.send("a", CALL_RETRIEVED,
                XsiCalls.builder("a1", "x1", ORIGINATOR, ACTIVE, external("+4940")).totalHeldTime(5L).build()));
        assertEquals(List.of("Held(tel:+4940=hold,normal)"), f.send("a", CALL_HELD,
                XsiCalls.builder("a1", "x1", ORIGINATOR, REMOTE_HELD, external("+4940")).totalHeldTime(5L).build()));
    }

    @Test
    void busyDestinationFailsThenClears() {
        f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, user("b")));
        ReleaseCause busy = new ReleaseCause(InternalReleaseCause.BUSY, null, null, null);
        assertEquals(List.of("Failed(b=fail,busy)"), f.send("a", CALL_RELEASING,
                XsiCalls.builder("a1", "x1", ORIGINATOR, ALERTING, user("b")).releaseCause(busy).build()));
        assertEquals(List.of("ConnectionCleared(b=null,busy)", "ConnectionCleared(a=null,busy)", "CallCleared(busy)"),
                f.send("a", CALL_RELEASED, XsiCalls.builder("a1", "x1", ORIGINATOR, RELEASED, user("b"))
                        .releaseCause(busy).releasingParty(ReleasingParty.REMOTE_RELEASE).build()));
    }

    @Test
    void repeatedAndLateEventsAreDroppedAndCounted() {
        f.send("b", CALL_RECEIVED, call("b1", "x1", TERMINATOR, ALERTING, external("+4940")));
        f.send("b", CALL_ANSWERED, call("b1", "x1", TERMINATOR, ACTIVE, external("+4940")));
        assertEquals(List.of(), f.send("b", CALL_RECEIVED, call("b1", "x1", TERMINATOR, ALERTING, external("+4940"))));
        f.send("b", CALL_RELEASED, call("b1", "x1", TERMINATOR, RELEASED, external("+4940")));
        assertEquals(List.of(), f.send("b", CALL_ANSWERED, call("b1", "x1", TERMINATOR, ACTIVE, external("+4940"))));
        assertEquals(List.of(), f.send("b", CALL_RELEASED, call("b9", "x9", TERMINATOR, RELEASED, external("+1"))));

        TranslationStats stats = f.translator.stats();
        assertEquals(1, stats.count(Outcome.DUPLICATE));
        assertEquals(1, stats.count(Outcome.STALE));
        assertEquals(1, stats.count(Outcome.UNKNOWN_CALL));
        assertEquals(3, stats.count(Outcome.APPLIED));
        assertTrue(f.model.calls().isEmpty(), "a late event never resurrects a call");
    }
}
