package io.bwjtapi.broadworks.calls;

import static io.bwjtapi.broadworks.support.Sequences.ANSWERED_BY_1001;
import static io.bwjtapi.broadworks.support.Sequences.ANSWERED_BY_1001_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.DROPPED_1001_WITH_EXTERNAL;
import static io.bwjtapi.broadworks.support.Sequences.DROPPED_1001_WITH_EXTERNAL_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_RINGS_1001;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_RINGS_1001_LISTENER;

import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_EXTERNAL;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_EXTERNAL_LISTENER;

import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002;
import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.LEFT_1002;
import static io.bwjtapi.broadworks.support.Sequences.LEFT_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1002;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.RING_ENDED_AT_1002;
import static io.bwjtapi.broadworks.support.Sequences.RING_ENDED_AT_1002_LISTENER;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bwjtapi.broadworks.support.AppView;
import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002;
import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Causes.assertCauses;
import java.util.List;
import javax.telephony.events.Ev;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.simulator.CallRef;
import java.time.Duration;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import org.junit.jupiter.api.Test;

/**
 * Two-party calls on the simulator, seen by an observer application and a listener application through the
 * monitored address 1001 (users 1001, 1002 and 1004 are monitored; 1003 is not): outgoing, incoming, answered,
 * unanswered, busy, declined, an external party, an unmonitored address, both parties monitored.
 */
class BasicCallsIT {
    static final String EXT = "+4940555000";

    static Rig rig(Duration noAnswer) {
        Rig rig = Rig.simulator(1, 4, b -> b.noAnswerTimeout(noAnswer));
        rig.open(rig.users(0, 1, 3));
        rig.awaitInService();
        return rig;
    }

    @Test
    void outgoingCallToAnExternalPartyIsAnsweredThenReleased() throws Exception {
        try (Rig rig = rig(Duration.ofSeconds(30))) {
            AppView a = new AppView(rig.address(0));
            Call call = rig.provider().createCall();
            Connection[] connections = call.connect(rig.terminal(0), rig.address(0), EXT);
            a.observer.expect("call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1001",
                    "call-1: ConnAlertingEv 1001",
                    "call-1: CallCtlConnAlertingEv 1001",
                    "call-1: TermConnCreatedEv user1001@sim.example",
                    "call-1: TermConnRingingEv user1001@sim.example",
                    "call-1: CallCtlTermConnRingingEv user1001@sim.example",
                    "call-1: ConnConnectedEv 1001",
                    "call-1: CallCtlConnEstablishedEv 1001",
                    "call-1: TermConnActiveEv user1001@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1001@sim.example",
                    "call-1: ConnCreatedEv +4940555000",
                    "call-1: ConnConnectedEv +4940555000",
                    "call-1: CallCtlConnNetworkAlertingEv +4940555000");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_ALERTING 1001",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
                    "call-1: TERMINAL_CONNECTION_RINGING user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_RINGING user1001@sim.example",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_CONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
                    "call-1: CONNECTION_CREATED +4940555000",
                    "call-1: CONNECTION_CONNECTED +4940555000",
                    "call-1: CALLCTL_CONNECTION_NETWORK_ALERTING +4940555000",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");
            String session = rig.sim.truth().knownHalvesOf(rig.userId(0)).get(0).extTrackingId();
            rig.sim.answerExternal(session);
            a.observer.expect("call-1: CallCtlConnEstablishedEv +4940555000");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED +4940555000",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");
            connections[0].disconnect();
            a.observer.expect(DROPPED_1001_WITH_EXTERNAL);
            a.listener.expect(DROPPED_1001_WITH_EXTERNAL_LISTENER);
            assertEquals(Call.INVALID, call.getState());
            assertNull(rig.provider().getCalls());
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }

    @Test
    void incomingCallFromAnExternalPartyIsAnsweredThenReleasedByTheCaller() throws Exception {
        try (Rig rig = rig(Duration.ofSeconds(30))) {
            AppView a = new AppView(rig.address(0));
            CallRef call = rig.sim.dialFromExternal(EXT, rig.userId(0));
            a.observer.expect(EXTERNAL_RINGS_1001);
            a.listener.expect(EXTERNAL_RINGS_1001_LISTENER);
            TerminalConnection ringing = rig.terminal(0).getTerminalConnections()[0];
            ringing.answer();
            a.observer.expect(ANSWERED_BY_1001);
            a.listener.expect(ANSWERED_BY_1001_LISTENER);
            rig.sim.releaseExternal(call.extTrackingId());
            a.observer.expect(RELEASED_BY_EXTERNAL);
            a.listener.expect(RELEASED_BY_EXTERNAL_LISTENER);
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }

    @Test
    void unansweredCallIsReleasedWhenNobodyAnswers() throws Exception {
        try (Rig rig = rig(Duration.ofMillis(1500))) {
            AppView a = new AppView(rig.address(0));
            AppView b = new AppView(rig.address(1));
            rig.sim.dial(rig.userId(0), rig.ext(1));
            for (AppView view : List.of(a, b)) {
                view.observer.expect(DIAL_1001_TO_1002);
                view.listener.expect(DIAL_1001_TO_1002_LISTENER);
            }
            a.observer.expect(RING_ENDED_AT_1002);
            a.listener.expect(RING_ENDED_AT_1002_LISTENER);
            b.observer.expect(LEFT_1002);
            b.listener.expect(LEFT_1002_LISTENER);
            assertCauses(a.observer, "call-1: CallCtlConnDisconnectedEv 1001", Ev.CAUSE_NORMAL,
                    CallControlConnectionEvent.CAUSE_CALL_NOT_ANSWERED);
            rig.provider().shutdown();
            a.expectNothingMore();
            b.expectNothingMore();
        }
    }

    @Test
    void callToABusyUserFails() throws Exception {
        try (Rig rig = rig(Duration.ofSeconds(30))) {
            AppView a = new AppView(rig.address(0));
            rig.sim.setBusy(rig.userId(1), true);
            rig.sim.dial(rig.userId(0), rig.ext(1));
            a.observer.expect("call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1001",
                    "call-1: ConnConnectedEv 1001",
                    "call-1: CallCtlConnEstablishedEv 1001",
                    "call-1: TermConnCreatedEv user1001@sim.example",
                    "call-1: TermConnActiveEv user1001@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1001@sim.example",
                    "call-1: ConnCreatedEv 1002",
                    "call-1: ConnAlertingEv 1002",
                    "call-1: CallCtlConnAlertingEv 1002",
                    "call-1: ConnFailedEv 1002",
                    "call-1: CallCtlConnFailedEv 1002",
                    "call-1: ConnDisconnectedEv 1002",
                    "call-1: CallCtlConnDisconnectedEv 1002",
                    "call-1: TermConnDroppedEv user1001@sim.example",
                    "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: CallInvalidEv",
                    "call-1: CallObservationEndedEv");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_CONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
                    "call-1: CONNECTION_CREATED 1002",
                    "call-1: CONNECTION_ALERTING 1002",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1002",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_FAILED 1002",
                    "call-1: CALLCTL_CONNECTION_FAILED 1002",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_DISCONNECTED 1002",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1002",
                    "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-1: CALL_INVALID",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED");
            assertCauses(a.observer, "call-1: CallCtlConnFailedEv 1002", Ev.CAUSE_NORMAL,
                    CallControlConnectionEvent.CAUSE_BUSY);
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }

    @Test
    void calledUserDeclinesTheCall() throws Exception {
        try (Rig rig = rig(Duration.ofSeconds(30))) {
            AppView a = new AppView(rig.address(0));
            AppView b = new AppView(rig.address(1));
            rig.sim.dial(rig.userId(0), rig.ext(1));
            a.observer.expect(DIAL_1001_TO_1002);
            a.listener.expect(DIAL_1001_TO_1002_LISTENER);
            b.observer.expect(DIAL_1001_TO_1002);
            b.listener.expect(DIAL_1001_TO_1002_LISTENER);
            rig.address(1).getConnections()[0].disconnect();
            a.observer.expect(RING_ENDED_AT_1002);
            a.listener.expect(RING_ENDED_AT_1002_LISTENER);
            b.observer.expect(LEFT_1002);
            b.listener.expect(LEFT_1002_LISTENER);
            assertCauses(a.observer, "call-1: CallCtlConnDisconnectedEv 1001", Ev.CAUSE_DEST_NOT_OBTAINABLE,
                    CallControlConnectionEvent.CAUSE_NORMAL);
            rig.provider().shutdown();
            a.expectNothingMore();
            b.expectNothingMore();
        }
    }

    @Test
    void bothPartiesMonitoredShareOneCall() throws Exception {
        try (Rig rig = rig(Duration.ofSeconds(30))) {
            AppView a = new AppView(rig.address(0));
            AppView b = new AppView(rig.address(1));
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(1));
            a.observer.expect(DIAL_1001_TO_1002);
            a.listener.expect(DIAL_1001_TO_1002_LISTENER);
            b.observer.expect(DIAL_1001_TO_1002);
            b.listener.expect(DIAL_1001_TO_1002_LISTENER);
            assertSame(rig.address(0).getConnections()[0].getCall(), rig.address(1).getConnections()[0].getCall());
            rig.sim.answer(rig.userId(1), call.callIdOf(rig.userId(1)));
            a.observer.expect(ANSWER_1002);
            a.listener.expect(ANSWER_1002_LISTENER);
            b.observer.expect(ANSWER_1002);
            b.listener.expect(ANSWER_1002_LISTENER);
            rig.sim.release(rig.userId(1), call.callIdOf(rig.userId(1)));
            a.observer.expect(RELEASED_BY_1002);
            a.listener.expect(RELEASED_BY_1002_LISTENER);
            b.observer.expect("call-1: TermConnDroppedEv user1002@sim.example",
                    "call-1: CallCtlTermConnDroppedEv user1002@sim.example",
                    "call-1: ConnDisconnectedEv 1002",
                    "call-1: CallCtlConnDisconnectedEv 1002",
                    "call-1: CallObservationEndedEv");
            b.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: TERMINAL_CONNECTION_DROPPED user1002@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1002@sim.example",
                    "call-1: CONNECTION_DISCONNECTED 1002",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1002",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED");
            rig.provider().shutdown();
            a.expectNothingMore();
            b.expectNothingMore();
        }
    }

    @Test
    void callsOnAnUnmonitoredAddressShowOnlyWhereTheyReachAMonitoredOne() throws Exception {
        try (Rig rig = rig(Duration.ofSeconds(30))) {
            AppView a = new AppView(rig.address(0));
            CallRef outside = rig.sim.dialFromExternal(EXT, rig.userId(2));
            rig.sim.answer(rig.userId(2), outside.callIdOf(rig.userId(2)));
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(2));
            a.observer.expect("call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1001",
                    "call-1: ConnConnectedEv 1001",
                    "call-1: CallCtlConnEstablishedEv 1001",
                    "call-1: TermConnCreatedEv user1001@sim.example",
                    "call-1: TermConnActiveEv user1001@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1001@sim.example",
                    "call-1: ConnCreatedEv 1003",
                    "call-1: ConnAlertingEv 1003",
                    "call-1: CallCtlConnAlertingEv 1003");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_CONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
                    "call-1: CONNECTION_CREATED 1003",
                    "call-1: CONNECTION_ALERTING 1003",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1003",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");
            assertEquals(1, rig.provider().getCalls().length, "the unmonitored user's own call is not seen");
            rig.sim.release(rig.userId(0), call.callIdOf(rig.userId(0)));
            a.observer.expect("call-1: TermConnDroppedEv user1001@sim.example",
                    "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: ConnDisconnectedEv 1003",
                    "call-1: CallCtlConnDisconnectedEv 1003",
                    "call-1: CallInvalidEv",
                    "call-1: CallObservationEndedEv");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-1: CONNECTION_DISCONNECTED 1003",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1003",
                    "call-1: CALL_INVALID",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED");
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }
}
