package io.bwjtapi.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.ForwardingCondition;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.RedirectReason;
import io.bwjtapi.simulator.model.ReleaseCause;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Call flows of the engine, asserted as the per-user event sequences a subscription would see. */
class CallEngineTest {
    private final EngineFixture f = new EngineFixture();
    private final CallEngine engine = f.engine;

    @AfterEach
    void everyEventIsAValidXsiDocument() {
        f.validateAll();
    }

    /** Dials and answers: the two users talk. */
    private CallRef connect(String from, String to) {
        CallRef call = engine.dial(from, to);
        engine.answer(to, call.callIdOf(to));
        return call;
    }

    @Test
    void callToABusyUserFailsWithBusyTreatment() {
        engine.settings().setBusy(f.b, true);
        engine.dial(f.a, f.b);

        assertEquals(List.of("HookStatus(Off-Hook)", "CallOriginated(Alerting)", "CallReleasing(Alerting)",
                "CallReleased(Released)", "HookStatus(On-Hook)"), f.names(f.a));
        assertEquals(ReleaseCause.BUSY, f.last(f.a, CallEventType.RELEASED).call().releaseCause());
        assertEquals(List.of(), f.names(f.b));
    }

    @Test
    void unansweredCallIsReleasedWhenTheNoAnswerTimerFires() {
        engine.dial(f.a, f.b);
        f.time.advance(Duration.ofSeconds(19));
        assertEquals(List.of("CallReceived(Alerting)"), f.names(f.b));

        f.time.advance(Duration.ofSeconds(1));

        assertEquals(List.of("CallReceived(Alerting)", "CallReleased(Released)"), f.names(f.b));
        assertEquals(List.of("HookStatus(Off-Hook)", "CallOriginated(Alerting)", "CallReleased(Released)",
                "HookStatus(On-Hook)"), f.names(f.a));
        CallSnapshot released = f.last(f.a, CallEventType.RELEASED).call();
        assertEquals(ReleaseCause.REQUEST_TIMEOUT, released.releaseCause());
        assertEquals(Boolean.FALSE, released.localRelease());
    }

    @Test
    void callForwardingAlwaysIsVisibleAtTheForwardingUserOnlyInAdvancedCall() {
        engine.settings().setForwarding(f.b, ForwardingCondition.ALWAYS, f.c);
        engine.dial(f.a, f.b);

        assertEquals(List.of("CallReceived(Alerting)", "CallRedirected", "CallReleased(Released)"), f.names(f.b));
        assertEquals(List.of(), f.names(f.b, CallLevel.STANDARD));
        assertEquals(List.of("HookStatus(Off-Hook)", "CallOriginated(Alerting)", "CallForwarded(Alerting)"),
                f.names(f.a));
        assertEquals(List.of("HookStatus(Off-Hook)", "CallOriginated(Alerting)"), f.names(f.a, CallLevel.BASIC));
        CallSnapshot atC = f.last(f.c, CallEventType.RECEIVED).call();
        assertEquals(RedirectReason.UNCONDITIONAL, atC.redirections().get(0).reason());
        assertEquals(f.b, atC.redirections().get(0).party().userId());
        assertEquals(f.c, f.last(f.a, CallEventType.FORWARDED).call().remoteParty().userId());
        SwitchEvent.CallsRedirected redirected = (SwitchEvent.CallsRedirected) f.events.stream()
                .filter(e -> e instanceof SwitchEvent.CallsRedirected).findFirst().orElseThrow();
        assertEquals(CallState.DETACHED, redirected.calls().get(0).state());
        assertEquals(RedirectReason.UNCONDITIONAL, redirected.calls().get(0).redirect().reason());
    }

    @Test
    void callForwardingNoAnswerRedirectsWhenTheTimerFires() {
        engine.settings().setForwarding(f.b, ForwardingCondition.NO_ANSWER, f.c);
        CallRef call = engine.dial(f.a, f.b);
        f.time.advance(Duration.ofSeconds(20));

        assertEquals(List.of("CallReceived(Alerting)", "CallRedirected", "CallReleased(Released)"), f.names(f.b));
        assertEquals(List.of("CallReceived(Alerting)"), f.names(f.c));
        assertEquals(RedirectReason.NO_ANSWER, f.last(f.c, CallEventType.RECEIVED).call().redirections().get(0).reason());
        assertEquals(call.extTrackingId(), f.last(f.c, CallEventType.RECEIVED).call().extTrackingId());
        assertEquals("CallForwarded(Alerting)", f.names(f.a).get(2));
    }

    @Test
    void callForwardingBusyRedirectsWithoutAlertingTheBusyUser() {
        engine.settings().setBusy(f.b, true);
        engine.settings().setForwarding(f.b, ForwardingCondition.BUSY, f.c);
        engine.dial(f.a, f.b);

        assertEquals(List.of(), f.names(f.b));
        assertEquals(RedirectReason.USER_BUSY, f.last(f.c, CallEventType.RECEIVED).call().redirections().get(0).reason());
    }

    @Test
    void declineAsBusyFailsTheCallerWithBusy() {
        CallRef call = engine.dial(f.a, f.b);
        engine.decline(f.b, call.callIdOf(f.b), ReleaseCause.BUSY);

        assertEquals(List.of("CallReceived(Alerting)", "CallReleased(Released)"), f.names(f.b));
        assertEquals(Boolean.TRUE, f.last(f.b, CallEventType.RELEASED).call().localRelease());
        assertEquals(List.of("HookStatus(Off-Hook)", "CallOriginated(Alerting)", "CallReleasing(Alerting)",
                "CallReleased(Released)", "HookStatus(On-Hook)"), f.names(f.a));
    }

    @Test
    void declineWithoutReasonTriggersNoAnswerForwarding() {
        engine.settings().setForwarding(f.b, ForwardingCondition.NO_ANSWER, f.c);
        CallRef call = engine.dial(f.a, f.b);
        engine.decline(f.b, call.callIdOf(f.b), null);

        assertEquals(RedirectReason.NO_ANSWER, f.last(f.c, CallEventType.RECEIVED).call().redirections().get(0).reason());
    }

    @Test
    void declineWithoutForwardingReleasesTheCallerAsTemporarilyUnavailable() {
        CallRef call = engine.dial(f.a, f.b);
        engine.decline(f.b, call.callIdOf(f.b), null);

        assertEquals(ReleaseCause.TEMPORARILY_UNAVAILABLE, f.last(f.a, CallEventType.RELEASED).call().releaseCause());
    }

    @Test
    void releaseWithoutDeclineStopsAlertingButTheCallerAlertsUntilItsTimer() {
        CallRef call = engine.dial(f.a, f.b);
        engine.release(f.b, call.callIdOf(f.b));
        assertEquals(List.of("CallReceived(Alerting)", "CallReleased(Released)"), f.names(f.b));
        assertEquals(CallState.ALERTING, engine.calls(f.a).get(0).state());

        f.time.advance(Duration.ofSeconds(20));

        assertTrue(engine.calls(f.a).isEmpty());
        assertEquals(ReleaseCause.REQUEST_TIMEOUT, f.last(f.a, CallEventType.RELEASED).call().releaseCause());
    }

    @Test
    void blindTransferBeforeAnswerIsADeflection() {
        CallRef call = engine.dial(f.a, f.b);
        engine.blindTransfer(f.b, call.callIdOf(f.b), f.c);

        assertEquals(List.of("CallReceived(Alerting)", "CallRedirected", "CallReleased(Released)"), f.names(f.b));
        assertEquals(List.of("CallReceived(Alerting)", "CallReleased(Released)"), f.names(f.b, CallLevel.BASIC));
        assertEquals(RedirectReason.DEFLECTION, f.last(f.c, CallEventType.RECEIVED).call().redirections().get(0).reason());
        assertEquals("CallForwarded(Alerting)", f.names(f.a).get(2));
    }

    @Test
    void blindTransferAfterAnswerTransfersTheRemoteParty() {
        CallRef call = engine.dial(f.a, f.b);
        engine.answer(f.b, call.callIdOf(f.b));
        engine.blindTransfer(f.b, call.callIdOf(f.b), f.c);
        CallSnapshot atC = f.last(f.c, CallEventType.RECEIVED).call();
        engine.answer(f.c, atC.callId());

        assertEquals(List.of("CallReceived(Alerting)", "HookStatus(Off-Hook)", "CallAnswered(Active)",
                "CallRedirected", "CallReleased(Released)", "HookStatus(On-Hook)"), f.names(f.b));
        assertEquals(List.of("HookStatus(Off-Hook)", "CallOriginated(Alerting)", "CallAnswered(Active)",
                "CallTransferred(Active)", "CallAnswered(Active)"), f.names(f.a));
        assertEquals(RedirectReason.TRANSFER, atC.redirections().get(0).reason());
        assertEquals(f.a, atC.remoteParty().userId());
        assertEquals(call.extTrackingId(), atC.extTrackingId(), "a blind transfer keeps the extTrackingId");
        assertEquals(f.c, f.last(f.a, CallEventType.ANSWERED).call().remoteParty().userId());
    }

    @Test
    void consultTransferJoinsTheRemotePartiesInANewSession() {
        CallRef first = connect(f.a, f.b);
        engine.hold(f.b, first.callIdOf(f.b));
        CallRef second = connect(f.b, f.c);
        f.clear();

        CallRef joined = engine.consultTransfer(f.b, first.callIdOf(f.b), second.callIdOf(f.b));

        assertEquals(List.of("CallRedirected", "CallReleased(Released)", "CallReleased(Released)",
                "HookStatus(On-Hook)"), f.names(f.b));
        SwitchEvent.CallsRedirected redirected = (SwitchEvent.CallsRedirected) f.events.get(0);
        assertEquals(List.of(CallState.HELD, CallState.DETACHED),
                redirected.calls().stream().map(CallSnapshot::state).toList());
        assertEquals("tel:" + engine.directory().byUserId(f.c).orElseThrow().extension(),
                redirected.calls().get(0).redirect().address());
        assertEquals(List.of("CallTransferred(Active)"), f.names(f.a));
        assertEquals(List.of("CallTransferred(Active)"), f.names(f.c));
        CallSnapshot atA = f.last(f.a, CallEventType.TRANSFERRED).call();
        assertEquals(f.c, atA.remoteParty().userId());
        assertNotEquals(first.extTrackingId(), atA.extTrackingId(), "consultative transfer changes the extTrackingId");
        assertNotEquals(second.extTrackingId(), atA.extTrackingId());
        assertEquals(atA.extTrackingId(), f.last(f.c, CallEventType.TRANSFERRED).call().extTrackingId());
        assertEquals(atA.extTrackingId(), joined.extTrackingId());
        assertTrue(engine.calls(f.b).isEmpty());
    }

    @Test
    void conferenceLinksTheControllersCallsAndEndsWhenOneLegIsLeft() {
        CallRef first = connect(f.a, f.b);
        engine.hold(f.b, first.callIdOf(f.b));
        CallRef second = connect(f.b, f.c);
        f.clear();

        engine.conferenceStart(f.b, List.of(first.callIdOf(f.b), second.callIdOf(f.b)));
        assertEquals(List.of("CallRetrieved(Active)", "ConferenceStarted"), f.names(f.b));
        assertEquals(List.of("CallRetrieved(Active)"), f.names(f.a));
        assertEquals(2, engine.conference(f.b).orElseThrow().participantCallIds().size());
        assertTrue(engine.inConference(f.b, first.callIdOf(f.b)));

        engine.release(f.a, first.callIdOf(f.a));

        assertEquals(List.of("CallRetrieved(Active)", "ConferenceStarted", "CallReleased(Released)",
                "ConferenceReleased"), f.names(f.b));
        assertTrue(engine.conference(f.b).isEmpty());
        assertEquals(CallState.ACTIVE, engine.calls(f.b).get(0).state());
    }

    @Test
    void endingAConferenceReleasesEveryLeg() {
        CallRef first = connect(f.a, f.b);
        CallRef second = connect(f.b, f.c);
        CallRef third = connect(f.b, f.d);
        engine.conferenceStart(f.b, List.of(first.callIdOf(f.b), second.callIdOf(f.b)));
        engine.conferenceAdd(f.b, third.callIdOf(f.b));
        f.clear();

        engine.conferenceRelease(f.b);

        assertEquals(List.of("ConferenceReleased", "CallReleased(Released)", "CallReleased(Released)",
                "CallReleased(Released)", "HookStatus(On-Hook)"), f.names(f.b));
        for (String party : List.of(f.a, f.c, f.d)) {
            assertEquals(List.of("CallReleased(Released)", "HookStatus(On-Hook)"), f.names(party));
        }
    }

    @Test
    void clickToDialAlertsTheUsersDeviceFirstThenCallsTheDestination() {
        CallRef call = engine.clickToDial(f.a, f.b);
        assertEquals(List.of("CallOriginating(Alerting)"), f.names(f.a));
        CallSnapshot originating = f.last(f.a, CallEventType.ORIGINATING).call();
        assertEquals(Personality.CLICK_TO_DIAL, originating.personality());
        assertTrue(originating.allowAnswer());
        assertNull(originating.endpoint(), "the device is only alerted");
        assertEquals(List.of(), f.names(f.b));

        f.time.advance(Duration.ofSeconds(1));

        assertEquals(List.of("CallOriginating(Alerting)", "HookStatus(Off-Hook)", "CallOriginated(Alerting)"),
                f.names(f.a));
        CallSnapshot originated = f.last(f.a, CallEventType.ORIGINATED).call();
        assertEquals(Personality.ORIGINATOR, originated.personality());
        assertEquals(originating.callId(), originated.callId());
        assertEquals(call.extTrackingId(), originated.extTrackingId());
        assertEquals(List.of("CallReceived(Alerting)"), f.names(f.b));
    }

    @Test
    void abandonedClickToDialIsReleased() {
        CallRef call = engine.clickToDial(f.a, f.b);
        engine.release(f.a, call.callIdOf(f.a));
        f.time.advance(Duration.ofSeconds(5));

        assertEquals(List.of("CallOriginating(Alerting)", "CallReleased(Released)"), f.names(f.a));
        assertEquals(List.of(), f.names(f.b));
    }

    @Test
    void reconnectRetrievesOneCallAndReleasesTheOthers() {
        CallRef first = connect(f.a, f.b);
        engine.hold(f.a, first.callIdOf(f.a));
        CallRef second = connect(f.a, f.c);

        engine.reconnect(f.a, first.callIdOf(f.a));

        List<CallSnapshot> left = engine.calls(f.a);
        assertEquals(1, left.size());
        assertEquals(first.callIdOf(f.a), left.get(0).callId());
        assertEquals(CallState.ACTIVE, left.get(0).state());
        assertTrue(engine.calls(f.c).isEmpty());
    }

    @Test
    void unansweredExternalCallTimesOut() {
        engine.dial(f.a, "+4940555000");
        f.time.advance(Duration.ofSeconds(20));

        assertTrue(engine.calls(f.a).isEmpty());
        assertEquals(ReleaseCause.REQUEST_TIMEOUT, f.last(f.a, CallEventType.RELEASED).call().releaseCause());
    }

    @Test
    void actionsInTheWrongStateOrOnUnknownCallsAreRefused() {
        CallRef call = engine.dial(f.a, f.b);
        SimulatorException wrongState = assertThrows(SimulatorException.class,
                () -> engine.hold(f.b, call.callIdOf(f.b)));
        assertEquals(SimulatorException.Reason.INVALID_STATE, wrongState.reason());
        SimulatorException unknown = assertThrows(SimulatorException.class, () -> engine.answer(f.b, "callhalf-1:0"));
        assertEquals(SimulatorException.Reason.NOT_FOUND, unknown.reason());
        assertThrows(SimulatorException.class, () -> engine.dial(f.a, " "));
        assertThrows(SimulatorException.class, () -> engine.dial("nobody", f.b));
    }

    @Test
    void aCrashedPrimaryForgetsItsCallsWhileTheMediaLivesOn() {
        CallRef call = engine.dial(f.a, f.b);
        engine.answer(f.b, call.callIdOf(f.b));

        assertEquals(2, engine.failover().crashPrimary().size());

        assertTrue(engine.calls(f.a).isEmpty());
        assertTrue(engine.failover().truth().calls().isEmpty());
        assertEquals(2, engine.failover().truth().mediaOnlyHalvesOf(f.a).size()
                + engine.failover().truth().mediaOnlyHalvesOf(f.b).size());
        assertEquals(io.bwjtapi.simulator.model.AsRole.SECONDARY, engine.failover().truth().userHomes().get(f.a));
        assertThrows(SimulatorException.class, () -> engine.hold(f.a, call.callIdOf(f.a)));
        CallRef after = engine.dial(f.c, f.d);
        assertTrue(after.extTrackingId().endsWith(":2"), "the secondary hosts new calls: " + after.extTrackingId());

        engine.release(f.a, call.callIdOf(f.a));
        assertTrue(engine.failover().truth().mediaOnlyCalls().isEmpty());
    }

    @Test
    void aRecoveredPrimaryTakesBackIdleUsersAndBusyOnesWhenTheirCallsEnd() {
        engine.failover().crashPrimary();
        CallRef busy = engine.dial(f.a, f.b);
        engine.failover().recoverPrimary();

        assertEquals(io.bwjtapi.simulator.model.AsRole.PRIMARY, engine.failover().truth().userHomes().get(f.c));
        assertEquals(io.bwjtapi.simulator.model.AsRole.SECONDARY, engine.failover().truth().userHomes().get(f.a));
        engine.release(f.a, busy.callIdOf(f.a));
        assertEquals(io.bwjtapi.simulator.model.AsRole.PRIMARY, engine.failover().truth().userHomes().get(f.a));
        assertFalse(engine.failover().truth().userHomes().containsValue(io.bwjtapi.simulator.model.AsRole.SECONDARY));
    }
}
