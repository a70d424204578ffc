package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.fault.Fault;
import io.bwjtapi.simulator.fault.RequestMatcher;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.XsiTransportException;
import io.bwjtapi.xsi.action.CallCenterAgentState;
import io.bwjtapi.xsi.action.CallReference;
import io.bwjtapi.xsi.action.CallStartInfo;
import io.bwjtapi.xsi.action.DeclineReason;
import io.bwjtapi.xsi.action.DirectoryEntry;
import io.bwjtapi.xsi.action.DirectoryPage;
import io.bwjtapi.xsi.action.DirectoryScope;
import io.bwjtapi.xsi.action.XsiActions;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.AgentState;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.HookStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every typed Xsi-Actions command against the simulator, its error answers and its timeout. */
class ActionsIT extends SimulatorBackedIT {
    private XsiActions actions;

    @BeforeEach
    void monitorTwoUsers() {
        actions = client.actions();
        open(0);
        get(client.subscriptions().subscribeAll(List.of(user(0), user(1), user(2))));
    }

    private static void ok(XsiResponse<?> response) {
        assertTrue(response.isSuccess(), response::toString);
    }

    private CallRef ringingCall() {
        CallRef call = sim.dial(user(0), user(1));
        await("alerting", () -> events.has(user(1), EventDataType.CALL_RECEIVED));
        return call;
    }

    private CallRef activeCall(int from, int to) {
        CallRef call = sim.dial(user(from), user(to));
        ok(get(actions.talk(user(to), call.callIdOf(user(to)))));
        await("answered", () -> events.of(user(to), EventDataType.CALL_ANSWERED).stream()
                .anyMatch(d -> d.callId().equals(call.callIdOf(user(to)))));
        return call;
    }

    @Test
    void dialAnswers201WithTheNewCallAndItsLocation() {
        AtomicReference<String> thread = new AtomicReference<>();
        var future = actions.dial(user(0), sim.users().get(1).extension());
        future.thenRun(() -> thread.set(Thread.currentThread().getName()));
        XsiResponse<CallStartInfo> response = get(future);

        assertEquals(201, response.status());
        CallStartInfo started = response.orElseThrow();
        assertTrue(response.location().orElseThrow().endsWith("/calls/" + started.callId()));
        await("originating event", () -> events.of(user(0)).stream().anyMatch(d -> started.callId().equals(d.callId())));
        await("callback ran", () -> thread.get() != null);
        assertFalse(thread.get().startsWith("bwjtapi-xsi-io"), "futures never complete on I/O threads: " + thread);
    }

    @Test
    void talkAnswersHoldHoldsTalkRetrievesAndReleaseReleases() {
        CallRef call = ringingCall();
        String callId = call.callIdOf(user(1));
        Call alerting = get(actions.callDetail(user(1), callId)).orElseThrow();
        assertTrue(alerting.allowAnswer());

        ok(get(actions.talk(user(1), callId)));
        await("answered", () -> events.has(user(1), EventDataType.CALL_ANSWERED));
        ok(get(actions.hold(user(1), callId)));
        await("held", () -> events.has(user(1), EventDataType.CALL_HELD));
        assertEquals(CallState.HELD, get(actions.callDetail(user(1), callId)).orElseThrow().state());
        ok(get(actions.talk(user(1), callId)));
        await("retrieved", () -> events.has(user(1), EventDataType.CALL_RETRIEVED));
        ok(get(actions.release(user(1), callId)));
        await("released", () -> events.has(user(1), EventDataType.CALL_RELEASED));
    }

    @Test
    void reconnectRetrievesOneCallAndReleasesTheOthers() {
        CallRef first = activeCall(0, 1);
        ok(get(actions.hold(user(1), first.callIdOf(user(1)))));
        CallRef second = activeCall(2, 1);

        ok(get(actions.reconnect(user(1), first.callIdOf(user(1)))));

        await("second released", () -> events.of(user(1), EventDataType.CALL_RELEASED).stream()
                .anyMatch(d -> d.callId().equals(second.callIdOf(user(1)))));
        List<CallReference> calls = get(actions.listCalls(user(1))).orElseThrow();
        assertEquals(List.of(first.callIdOf(user(1))), calls.stream().map(CallReference::callId).toList());
    }

    @Test
    void declineRejectsAnAlertingCallWithOrWithoutAReason() {
        CallRef busy = ringingCall();
        ok(get(actions.decline(user(1), busy.callIdOf(user(1)), DeclineReason.BUSY)));
        await("caller released", () -> events.has(user(0), EventDataType.CALL_RELEASED));
        assertTrue(sim.requests().stream().anyMatch(r -> r.method().equals("DELETE")
                && r.query().equals("decline=true&declineReason=Busy")));

        events.clear();
        CallRef plain = ringingCall();
        ok(get(actions.decline(user(1), plain.callIdOf(user(1)), null)));
        await("declined", () -> events.has(user(1), EventDataType.CALL_RELEASED));
    }

    @Test
    void blindTransferMovesTheCall() {
        CallRef call = activeCall(0, 1);
        ok(get(actions.blindTransfer(user(1), call.callIdOf(user(1)), sim.users().get(2).extension())));
        await("user 2 rings", () -> events.has(user(2), EventDataType.CALL_RECEIVED));
    }

    @Test
    void consultTransferJoinsTheTwoOtherParties() {
        CallRef held = activeCall(0, 1);
        ok(get(actions.hold(user(1), held.callIdOf(user(1)))));
        CallRef consulted = activeCall(1, 2);

        ok(get(actions.consultTransfer(user(1), held.callIdOf(user(1)), consulted.callIdOf(user(1)))));

        await("user 1 out of both calls", () -> events.of(user(1)).stream()
                .filter(d -> d.type() == EventDataType.CALL_RELEASED || d.type() == EventDataType.CALL_DETACHED
                        || d.type() == EventDataType.CALL_REDIRECTED).count() >= 2);
        assertTrue(get(actions.listCalls(user(1))).orElseThrow().isEmpty());
    }

    @Test
    void aConferenceIsStartedExtendedAndReleased() {
        CallRef a = activeCall(0, 1);
        ok(get(actions.hold(user(1), a.callIdOf(user(1)))));
        CallRef b = activeCall(2, 1);

        ok(get(actions.startConference(user(1), List.of(a.callIdOf(user(1)), b.callIdOf(user(1))))));
        await("conference started", () -> events.has(user(1), EventDataType.CONFERENCE_STARTED));
        assertTrue(get(actions.listCalls(user(1))).orElseThrow().stream().allMatch(CallReference::inConference));
        XsiResponse<Void> add = get(actions.addToConference(user(1), a.callIdOf(user(1))));
        assertTrue(add.isSuccess() || add.status() >= 400, "answered either way: " + add);
        ok(get(actions.releaseConference(user(1))));
        await("conference released", () -> events.has(user(1), EventDataType.CONFERENCE_RELEASED));
    }

    @Test
    void dtmfIsSentOnAnActiveCall() {
        CallRef call = activeCall(0, 1);
        ok(get(actions.transmitDtmf(user(1), call.callIdOf(user(1)), "12#,*")));
        assertTrue(sim.requests().stream().anyMatch(r -> r.path().endsWith("/TransmitDTMF")
                && r.query().equals("playdtmf=12%23,*")));
        assertThrows(IllegalArgumentException.class, () -> actions.transmitDtmf(user(1), "x", "12<script>"));
    }

    @Test
    void listCallsCallDetailAndHookStatusDescribeTheUsersCalls() {
        CallRef call = activeCall(0, 1);
        List<CallReference> calls = get(actions.listCalls(user(1))).orElseThrow();
        assertEquals(call.callIdOf(user(1)), calls.get(0).callId());
        Call detail = get(actions.callDetail(user(1), call.callIdOf(user(1)))).orElseThrow();
        assertEquals(call.extTrackingId(), detail.extTrackingId());
        assertEquals(CallState.ACTIVE, detail.state());
        assertEquals(HookStatus.OFF_HOOK, get(actions.hookStatus(user(1))).orElseThrow());
        assertEquals(HookStatus.ON_HOOK, get(actions.hookStatus(user(3))).orElseThrow());
    }

    @Test
    void directoriesArePagedAndListedWhole() {
        DirectoryPage first = get(actions.directory(DirectoryScope.GROUP, user(0), 1, 2)).orElseThrow();
        assertEquals(2, first.entries().size());
        assertEquals(sim.users().size(), first.totalAvailableRecords());
        assertTrue(first.hasMore());

        List<DirectoryEntry> all = get(actions.directoryAll(DirectoryScope.ENTERPRISE, user(0), 4)).orElseThrow();
        assertEquals(sim.users().stream().map(u -> u.userId()).sorted().toList(),
                all.stream().map(DirectoryEntry::userId).sorted().toList());
        assertEquals(sim.users().get(0).extension(), all.stream().filter(e -> e.userId().equals(user(0))).findFirst()
                .orElseThrow().extension().orElseThrow());
    }

    @Test
    void theCallCenterAgentStateIsReadAndChanged() {
        String agent = sim.users().stream().filter(u -> u.callCenterAgent()).findFirst().orElseThrow().userId();
        ok(get(actions.setCallCenterState(agent, AgentState.UNAVAILABLE, "1007")));
        CallCenterAgentState state = get(actions.callCenterState(agent)).orElseThrow();
        assertEquals(AgentState.UNAVAILABLE, state.state().orElseThrow());
        assertEquals("1007", state.unavailableCode().orElseThrow());
    }

    @Test
    void anErrorStatusIsAResponseWithTheBroadWorksErrorInfoNotAnException() {
        XsiResponse<Void> response = get(actions.release(user(1), "callhalf-that-does-not-exist"));
        assertFalse(response.isSuccess());
        assertTrue(response.status() >= 400 && response.status() < 500, response::toString);
        assertTrue(response.errorInfo().isPresent(), response::toString);
        assertTrue(response.errorCode().isPresent());

        sim.respondStatus(RequestMatcher.path(".*/HookStatus"), 503, 1);
        XsiResponse<HookStatus> overloaded = get(actions.hookStatus(user(1)));
        assertEquals(503, overloaded.status());
        assertTrue(facts.has("overload"));
    }

    @Test
    void noAnswerWithinTheRequestTimeoutFailsTheFutureWithATransportTimeout() throws Exception {
        try (XsiClient impatient = XsiClient.create(client.config().toBuilder()
                .requestTimeout(Duration.ofMillis(300)).build())) {
            sim.inject(new Fault.DelayResponses(RequestMatcher.path(".*/HookStatus"), Duration.ofSeconds(1), 1));
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> impatient.actions().hookStatus(user(1)).get(5, TimeUnit.SECONDS));
            XsiTransportException transport = assertInstanceOf(XsiTransportException.class, e.getCause());
            assertEquals(XsiTransportException.Kind.TIMEOUT, transport.kind());
            assertEquals(HookStatus.ON_HOOK, get(impatient.actions().hookStatus(user(1))).orElseThrow(),
                    "the next request works");
        }
    }
}
