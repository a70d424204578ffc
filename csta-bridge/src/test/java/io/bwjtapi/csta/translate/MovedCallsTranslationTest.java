package io.bwjtapi.csta.translate;

import static io.bwjtapi.csta.support.XsiCalls.builder;
import static io.bwjtapi.csta.support.XsiCalls.call;
import static io.bwjtapi.csta.support.XsiCalls.external;
import static io.bwjtapi.csta.support.XsiCalls.user;
import static io.bwjtapi.xsi.event.EventDataType.CALL_ANSWERED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_BARGED_IN;
import static io.bwjtapi.xsi.event.EventDataType.CALL_COLLECTING;
import static io.bwjtapi.xsi.event.EventDataType.CALL_DETACHED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_FORWARDED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_ORIGINATED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_RECEIVED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_TRANSFERRED;
import static io.bwjtapi.xsi.event.EventDataType.CALL_UPDATED;
import static io.bwjtapi.xsi.model.CallState.ACTIVE;
import static io.bwjtapi.xsi.model.CallState.ALERTING;
import static io.bwjtapi.xsi.model.CallState.DETACHED;
import static io.bwjtapi.xsi.model.Personality.ORIGINATOR;
import static io.bwjtapi.xsi.model.Personality.TERMINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.TransferredEvent;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.support.ModelFixture;
import io.bwjtapi.xsi.event.HookStatusEvent;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.HookStatus;
import io.bwjtapi.xsi.model.RecallType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events the simulator does not produce (pickup-like moves, barge-in, remote-party changes, detach, digit
 * collection, recall) and events that are not about calls, on hand-written Xsi events.
 */
class MovedCallsTranslationTest {
    private final ModelFixture f = new ModelFixture();

    private void bothTalkToExternals() {
        f.send("a", CALL_RECEIVED, call("a1", "x1", TERMINATOR, ALERTING, external("+1")));
        f.send("a", CALL_ANSWERED, call("a1", "x1", TERMINATOR, ACTIVE, external("+1")));
        f.send("b", CALL_ORIGINATED, call("b1", "x2", ORIGINATOR, ALERTING, external("+2")));
        f.send("b", CALL_ANSWERED, call("b1", "x2", ORIGINATOR, ACTIVE, external("+2")));
    }

    @Test
    void aHalfMovingToAnotherCallsSessionLeavesItsCallAndJoinsThatOne() {
        bothTalkToExternals();
        CallRef bCall = f.model.callByExtTrackingId("x2").orElseThrow().ref();

        assertEquals(List.of("Transferred(tel:+1=null,transfer)"),
                f.send("a", CALL_TRANSFERRED, call("a1", "x2", TERMINATOR, ACTIVE, user("b"))));

        TransferredEvent moved = (TransferredEvent) f.events.get(f.events.size() - 1);
        assertEquals(bCall, moved.call());
        assertTrue(moved.secondaryOldCall().isPresent(), "a's old call is left empty and merged away");
        assertEquals(1, f.model.calls().size());
        assertEquals(List.of("tel:+2", "a@t", "b@t").size(), f.model.calls().get(0).connections().size());
    }

    @Test
    void aBargeInJoinsTheCallsAsAConference() {
        bothTalkToExternals();

        assertEquals(List.of("Conferenced(b=connected,intrude)"),
                f.send("a", CALL_BARGED_IN, call("a1", "x2", TERMINATOR, ACTIVE, user("b"))));
    }

    @Test
    void aForwardedOutgoingCallDivertsThePlaceholderToTheNewDestination() {
        f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, user("b")));

        assertEquals(List.of("Diverted(b=null,callForward)", "Delivered(c=alerting,callForward)"),
                f.send("a", CALL_FORWARDED, call("a1", "x1", ORIGINATOR, ALERTING, user("c"))));
        assertEquals("b@t", f.model.calls().get(0).parties().lastRedirected().orElseThrow().device().value());
    }

    @Test
    void anUpdatedRemotePartyReplacesThePlaceholder() {
        f.send("a", CALL_RECEIVED, call("a1", "x1", TERMINATOR, ALERTING, external("+1")));

        assertEquals(List.of("ConnectionCleared(tel:+1=null,normal)", "Originated(b=connected,normal)"),
                f.send("a", CALL_UPDATED, call("a1", "x1", TERMINATOR, ALERTING, user("b"))));
    }

    @Test
    void aDetachedConnectedHalfLeavesAndTheCallEndsWhenNobodyMonitoredIsLeft() {
        f.send("a", CALL_RECEIVED, call("a1", "x1", TERMINATOR, ALERTING, external("+1")));
        f.send("a", CALL_ANSWERED, call("a1", "x1", TERMINATOR, ACTIVE, external("+1")));

        assertEquals(List.of("ConnectionCleared(a=null,redirected)", "ConnectionCleared(tel:+1=null,redirected)",
                "CallCleared(redirected)"), f.send("a", CALL_DETACHED, call("a1", "x1", TERMINATOR, DETACHED,
                external("+1"))));
    }

    @Test
    void collectingDigitsIsInitiatedAndTheOriginatedCallFollows() {
        assertEquals(List.of("ServiceInitiated(a=initiated,newCall)"),
                f.send("a", CALL_COLLECTING, call("a1", "x1", ORIGINATOR, ACTIVE, external("*72"))));
        assertEquals(List.of("Originated(a=connected,newCall)", "NetworkReached(tel:+1=connected,newCall)",
                "Delivered(tel:+1=alerting,newCall)"),
                f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, external("+1"))));
    }

    @Test
    void aRecallToAKnownHalfIsAppliedNotDroppedAsARepeat() {
        f.send("a", CALL_ORIGINATED, call("a1", "x1", ORIGINATOR, ALERTING, external("+1")));
        f.send("a", CALL_ANSWERED, call("a1", "x1", ORIGINATOR, ACTIVE, external("+1")));

        assertEquals(List.of("Delivered(a=alerting,recall)"), f.send("a", CALL_RECEIVED,
                builder("a1", "x1", TERMINATOR, CallState.ALERTING, external("+1")).answerTime(5L)
                        .recallType(RecallType.CALL_TRANSFER_RECALL).build()));
    }

    @Test
    void eventsThatAreNotAboutCallsAreIgnoredAndCounted() {
        Translation t = f.send("a", new HookStatusEvent(HookStatus.OFF_HOOK));

        assertEquals(Outcome.IGNORED, t.outcome());
        assertEquals(List.<CstaEvent>of(), t.events());
        assertEquals(1, f.translator.stats().count(Outcome.IGNORED));
        assertTrue(f.model.callsOf(DeviceId.of("a@t")).isEmpty());
    }
}
