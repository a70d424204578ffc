package io.bwjtapi.broadworks.calls;

import static io.bwjtapi.broadworks.support.Sequences.RINGING_FROM_1002;
import static io.bwjtapi.broadworks.support.Sequences.RINGING_FROM_1002_LISTENER;

import static io.bwjtapi.broadworks.support.Sequences.ANSWERED_BY_1004;
import static io.bwjtapi.broadworks.support.Sequences.ANSWERED_BY_1004_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.CONSULT_1001_TO_1004;
import static io.bwjtapi.broadworks.support.Sequences.CONSULT_1001_TO_1004_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.CONSULT_ANSWERED_BY_1004;
import static io.bwjtapi.broadworks.support.Sequences.CONSULT_ANSWERED_BY_1004_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.INCOMING_FROM_1002_ANSWERED;
import static io.bwjtapi.broadworks.support.Sequences.INCOMING_FROM_1002_ANSWERED_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1001;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1001_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1002;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1002_LISTENER;

import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002;
import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002;
import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002_LISTENER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.broadworks.support.AppView;
import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.simulator.CallRef;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;

/**
 * Call features on the simulator, driven by the applications where JTAPI offers the feature and by the phones
 * otherwise: hold and retrieve, blind transfer before and after answer, consult transfer, three-way conference
 * and redirect. Users 1001, 1002 and 1004 are monitored; the observer and listener applications watch 1001.
 */
class FeatureCallsIT {
    static Rig rig() {
        Rig rig = Rig.simulator(1, 4, b -> b);
        rig.open(rig.users(0, 1, 3));
        rig.awaitInService();
        return rig;
    }

    @Test
    void holdAndRetrieve() throws Exception {
        try (Rig rig = rig()) {
            AppView a = new AppView(rig.address(0));
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(1));
            rig.sim.answer(rig.userId(1), call.callIdOf(rig.userId(1)));
            a.observer.expect(DIAL_1001_TO_1002);
            a.listener.expect(DIAL_1001_TO_1002_LISTENER);
            a.observer.expect(ANSWER_1002);
            a.listener.expect(ANSWER_1002_LISTENER);
            CallControlTerminalConnection mine = (CallControlTerminalConnection) rig.terminal(0)
                    .getTerminalConnections()[0];
            mine.hold();
            a.observer.expect("call-1: CallCtlTermConnHeldEv user1001@sim.example");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_HELD user1001@sim.example",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");
            mine.unhold();
            a.observer.expect("call-1: CallCtlTermConnTalkingEv user1001@sim.example");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");
            rig.sim.release(rig.userId(1), call.callIdOf(rig.userId(1)));
            a.observer.expect(RELEASED_BY_1002);
            a.listener.expect(RELEASED_BY_1002_LISTENER);
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }

    @Test
    void blindTransferBeforeAnswerDeflectsTheCall() throws Exception {
        try (Rig rig = rig()) {
            AppView a = new AppView(rig.address(0));
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(1));
            a.observer.expect(DIAL_1001_TO_1002);
            a.listener.expect(DIAL_1001_TO_1002_LISTENER);
            rig.sim.blindTransfer(rig.userId(1), call.callIdOf(rig.userId(1)), rig.ext(3));
            a.observer.expect("call-1: ConnDisconnectedEv 1002",
                    "call-1: CallCtlConnDisconnectedEv 1002",
                    "call-1: ConnCreatedEv 1004",
                    "call-1: ConnAlertingEv 1004",
                    "call-1: CallCtlConnAlertingEv 1004",
                    "call-1: TermConnCreatedEv user1004@sim.example",
                    "call-1: TermConnRingingEv user1004@sim.example",
                    "call-1: CallCtlTermConnRingingEv user1004@sim.example");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_DISCONNECTED 1002",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1002",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_CREATED 1004",
                    "call-1: CONNECTION_ALERTING 1004",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1004",
                    "call-1: TERMINAL_CONNECTION_CREATED user1004@sim.example",
                    "call-1: TERMINAL_CONNECTION_RINGING user1004@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_RINGING user1004@sim.example",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");
            CallRef moved = rig.sim.call(call.extTrackingId()).orElseThrow();
            rig.sim.answer(rig.userId(3), moved.callIdOf(rig.userId(3)));
            a.observer.expect(ANSWERED_BY_1004);
            a.listener.expect(ANSWERED_BY_1004_LISTENER);
            rig.sim.release(rig.userId(0), moved.callIdOf(rig.userId(0)));
            a.observer.expect(RELEASED_BY_1001);
            a.listener.expect(RELEASED_BY_1001_LISTENER);
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }

    @Test
    void blindTransferAfterAnswerByTheApplication() throws Exception {
        try (Rig rig = rig()) {
            AppView a = new AppView(rig.address(0));
            CallRef incoming = rig.sim.dial(rig.userId(1), rig.ext(0));
            rig.sim.answer(rig.userId(0), incoming.callIdOf(rig.userId(0)));
            a.observer.expect(INCOMING_FROM_1002_ANSWERED);
            a.listener.expect(INCOMING_FROM_1002_ANSWERED_LISTENER);
            CallControlCall call = (CallControlCall) rig.address(0).getConnections()[0].getCall();
            call.setTransferController(rig.terminal(0).getTerminalConnections()[0]);
            call.transfer(rig.ext(3));
            a.observer.expect(RELEASED_BY_1001);
            a.listener.expect("MULTICALL_META_TRANSFER_STARTED",
                    "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "MULTICALL_META_TRANSFER_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED");
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }

    @Test
    void consultTransferByTheApplication() throws Exception {
        try (Rig rig = rig()) {
            AppView a = new AppView(rig.address(0));
            Consultation c = consultFrom1001(rig, a);
            c.first().setTransferController(c.controller());
            c.first().transfer(c.second());
            a.observer.expect("call-1: ConnCreatedEv 1004",
                    "call-1: ConnConnectedEv 1004",
                    "call-1: CallCtlConnEstablishedEv 1004",
                    "call-1: TermConnCreatedEv user1004@sim.example",
                    "call-1: TermConnActiveEv user1004@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1004@sim.example",
                    "call-1: TermConnDroppedEv user1001@sim.example",
                    "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-2: TermConnDroppedEv user1001@sim.example",
                    "call-2: CallCtlTermConnDroppedEv user1001@sim.example",
                    "call-2: ConnDisconnectedEv 1001",
                    "call-2: CallCtlConnDisconnectedEv 1001",
                    "call-2: TermConnDroppedEv user1004@sim.example",
                    "call-2: CallCtlTermConnDroppedEv user1004@sim.example",
                    "call-2: ConnDisconnectedEv 1004",
                    "call-2: CallCtlConnDisconnectedEv 1004",
                    "call-2: CallInvalidEv",
                    "call-1: CallObservationEndedEv",
                    "call-2: CallObservationEndedEv");
            a.listener.expect("MULTICALL_META_TRANSFER_STARTED",
                    "call-1: CONNECTION_CREATED 1004",
                    "call-1: CONNECTION_CONNECTED 1004",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1004",
                    "call-1: TERMINAL_CONNECTION_CREATED user1004@sim.example",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1004@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1004@sim.example",
                    "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-2: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-2: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-2: CONNECTION_DISCONNECTED 1001",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-2: TERMINAL_CONNECTION_DROPPED user1004@sim.example",
                    "call-2: CALLCTL_TERMINAL_CONNECTION_DROPPED user1004@sim.example",
                    "call-2: CONNECTION_DISCONNECTED 1004",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 1004",
                    "call-2: CALL_INVALID",
                    "MULTICALL_META_TRANSFER_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED",
                    "call-2: CALL_EVENT_TRANSMISSION_ENDED");
            assertEquals(2, c.first().getConnections().length, "1002 and 1004 remain in call-1");
            rig.provider().shutdown();
            a.expectNothingMore();
        }
    }

    @Test
    void threeWayConferenceByTheApplication() throws Exception {
        try (Rig rig = rig()) {
            AppView a = new AppView(rig.address(0));
            Consultation c = consultFrom1001(rig, a);
            c.second().conference(c.first());
            a.observer.expect("call-1: CallCtlTermConnTalkingEv user1001@sim.example",
                    "call-1: ConnCreatedEv 1004",
                    "call-1: ConnConnectedEv 1004",
                    "call-1: CallCtlConnEstablishedEv 1004",
                    "call-1: TermConnCreatedEv user1004@sim.example",
                    "call-1: TermConnActiveEv user1004@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1004@sim.example",
                    "call-2: TermConnDroppedEv user1001@sim.example",
                    "call-2: CallCtlTermConnDroppedEv user1001@sim.example",
                    "call-2: ConnDisconnectedEv 1001",
                    "call-2: CallCtlConnDisconnectedEv 1001",
                    "call-2: TermConnDroppedEv user1004@sim.example",
                    "call-2: CallCtlTermConnDroppedEv user1004@sim.example",
                    "call-2: ConnDisconnectedEv 1004",
                    "call-2: CallCtlConnDisconnectedEv 1004",
                    "call-2: CallInvalidEv",
                    "call-2: CallObservationEndedEv");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "MULTICALL_META_MERGE_STARTED",
                    "call-1: CONNECTION_CREATED 1004",
                    "call-1: CONNECTION_CONNECTED 1004",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1004",
                    "call-1: TERMINAL_CONNECTION_CREATED user1004@sim.example",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1004@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1004@sim.example",
                    "call-2: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-2: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-2: CONNECTION_DISCONNECTED 1001",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-2: TERMINAL_CONNECTION_DROPPED user1004@sim.example",
                    "call-2: CALLCTL_TERMINAL_CONNECTION_DROPPED user1004@sim.example",
                    "call-2: CONNECTION_DISCONNECTED 1004",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 1004",
                    "call-2: CALL_INVALID",
                    "MULTICALL_META_MERGE_ENDED",
                    "call-2: CALL_EVENT_TRANSMISSION_ENDED");
            assertEquals(3, c.first().getConnections().length, "1001, 1002 and 1004 in the conference");
            rig.provider().shutdown();
            a.observer.expect("call-1: CallObservationEndedEv");
            a.listener.expect("call-1: CALL_EVENT_TRANSMISSION_ENDED");
            a.expectNothingMore();
        }
    }

    @Test
    void redirectOfAnAlertingCallByTheApplication() throws Exception {
        try (Rig rig = rig()) {
            AppView a = new AppView(rig.address(0));
            CallRef call = rig.sim.dial(rig.userId(1), rig.ext(0));
            a.observer.expect(RINGING_FROM_1002);
            a.listener.expect(RINGING_FROM_1002_LISTENER);
            AppView c = new AppView(rig.address(3));
            ((CallControlConnection) rig.address(0).getConnections()[0]).redirect(rig.ext(3));
            a.observer.expect("call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: CallObservationEndedEv");
            a.listener.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED");
            c.observer.expect("call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1002",
                    "call-1: ConnConnectedEv 1002",
                    "call-1: CallCtlConnEstablishedEv 1002",
                    "call-1: TermConnCreatedEv user1002@sim.example",
                    "call-1: TermConnActiveEv user1002@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1002@sim.example",
                    "call-1: ConnCreatedEv 1004",
                    "call-1: ConnAlertingEv 1004",
                    "call-1: CallCtlConnAlertingEv 1004",
                    "call-1: TermConnCreatedEv user1004@sim.example",
                    "call-1: TermConnRingingEv user1004@sim.example",
                    "call-1: CallCtlTermConnRingingEv user1004@sim.example");
            c.listener.expect("call-1: SINGLECALL_META_SNAPSHOT_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1002",
                    "call-1: CONNECTION_CONNECTED 1002",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1002",
                    "call-1: TERMINAL_CONNECTION_CREATED user1002@sim.example",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1002@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1002@sim.example",
                    "call-1: SINGLECALL_META_SNAPSHOT_ENDED",
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_CREATED 1004",
                    "call-1: CONNECTION_ALERTING 1004",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1004",
                    "call-1: TERMINAL_CONNECTION_CREATED user1004@sim.example",
                    "call-1: TERMINAL_CONNECTION_RINGING user1004@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_RINGING user1004@sim.example",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");
            CallRef moved = rig.sim.call(call.extTrackingId()).orElseThrow();
            rig.sim.answer(rig.userId(3), moved.callIdOf(rig.userId(3)));
            c.observer.expect(ANSWERED_BY_1004);
            c.listener.expect(ANSWERED_BY_1004_LISTENER);
            CallControlCall redirected = (CallControlCall) rig.address(3).getConnections()[0].getCall();
            assertEquals("1001", redirected.getLastRedirectedAddress().getName());
            rig.provider().shutdown();
            c.observer.expect("call-1: CallObservationEndedEv");
            c.listener.expect("call-1: CALL_EVENT_TRANSMISSION_ENDED");
            a.expectNothingMore();
            c.expectNothingMore();
        }
    }
    /** The two calls of a consultation and the controller's terminal connection in the first. */
    private record Consultation(CallControlCall first, CallControlCall second, TerminalConnection controller) {
    }

    /**
     * 1002 calls 1001, 1001 answers at the phone, then consults 1004 through the application and 1004 answers.
     */
    private static Consultation consultFrom1001(Rig rig, AppView a) throws Exception {
        CallRef incoming = rig.sim.dial(rig.userId(1), rig.ext(0));
        rig.sim.answer(rig.userId(0), incoming.callIdOf(rig.userId(0)));
        a.observer.expect(INCOMING_FROM_1002_ANSWERED);
        a.listener.expect(INCOMING_FROM_1002_ANSWERED_LISTENER);
        CallControlCall first = (CallControlCall) rig.address(0).getConnections()[0].getCall();
        TerminalConnection controller = rig.terminal(0).getTerminalConnections()[0];
        CallControlCall consultation = (CallControlCall) rig.provider().createCall();
        consultation.consult(controller, rig.ext(3));
        a.observer.expect(CONSULT_1001_TO_1004);
        a.listener.expect(CONSULT_1001_TO_1004_LISTENER);
        String session = rig.sim.truth().knownHalvesOf(rig.userId(3)).get(0).extTrackingId();
        rig.sim.answer(rig.userId(3), rig.sim.call(session).orElseThrow().callIdOf(rig.userId(3)));
        a.observer.expect(CONSULT_ANSWERED_BY_1004);
        a.listener.expect(CONSULT_ANSWERED_BY_1004_LISTENER);
        return new Consultation(first, consultation, controller);
    }
}
