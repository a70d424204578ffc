package io.bwjtapi.scenario;

import static io.bwjtapi.fake.ObserverRecorder.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bwjtapi.fake.Harness;
import io.bwjtapi.fake.Sequences;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

/** Blind transfer before and after answer, consultation transfer and three-way conference. */
class TransferConferenceTest {
    private static TerminalConnection tcAt(Harness h, Call call, String user) throws Exception {
        for (Connection c : call.getConnections()) {
            if (c.getAddress().getName().equals(user)) {
                return c.getTerminalConnections()[0];
            }
        }
        throw new AssertionError(user + " is not in " + call);
    }

    @Test
    void blindTransferAfterAnswerHandsTheCallToAnotherUser() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001", "1002")) {
            String id = h.fake.call("5559876", "1001");
            h.quiet();
            Call call = h.provider.getCalls()[0];
            tcAt(h, call, "1001").answer();
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            Connection target = ((CallControlCall) call).transfer("1002");
            assertSame(h.provider.getAddress("1002"), target.getAddress());
            h.quiet();
            assertEquals(Ev.META_CALL_TRANSFERRING, h.observer.raw().get(0).getMetaCode());
            h.expectObserver(Sequences.of(
                    Sequences.leaves(id, "1001"), Sequences.rings(id, "1002")));
            h.expectListener(Sequences.of(
                    id + ": MULTICALL_META_TRANSFER_STARTED",
                    Sequences.leavesForListener(id, "1001"), Sequences.ringsForListener(id, "1002"),
                    id + ": MULTICALL_META_TRANSFER_ENDED"));
            tcAt(h, call, "1002").answer();
            h.expectObserver(seq(
                    id + ": ConnConnectedEv 1002",
                    id + ": CallCtlConnEstablishedEv 1002",
                    id + ": TermConnActiveEv dev1002",
                    id + ": CallCtlTermConnTalkingEv dev1002"));
            assertSame(h.provider.getAddress("1001"), ((CallControlCall) call).getLastRedirectedAddress());
        }
    }

    @Test
    void blindTransferBeforeAnswerMovesAnUnansweredCall() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001")) {
            Call call = h.provider.createCall();
            call.connect(h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"), "5551234");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            Connection target = ((CallControlCall) call).transfer("1002");
            assertEquals("1002", target.getAddress().getName());
            h.expectObserver(Sequences.of(
                    Sequences.leaves("call-1", "1001"), Sequences.rings("call-1", "1002"),
                    "call-1: CallObservationEndedEv"));
            h.expectListener(Sequences.of(
                    "call-1: MULTICALL_META_TRANSFER_STARTED",
                    Sequences.leavesForListener("call-1", "1001"), Sequences.ringsForListener("call-1", "1002"),
                    "call-1: MULTICALL_META_TRANSFER_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED"));
            assertEquals(Call.ACTIVE, call.getState(), "the call goes on without the transferring party");
        }
    }

    @Test
    void consultationTransferJoinsTheCallerAndTheConsultedParty() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001", "1002")) {
            h.fake.call("5559876", "1001");
            h.quiet();
            CallControlCall first = (CallControlCall) h.provider.getCalls()[0];
            tcAt(h, first, "1001").answer();
            CallControlCall consultation = (CallControlCall) h.provider.createCall();
            Connection[] placed = consultation.consult(tcAt(h, first, "1001"), "1002");
            assertEquals(CallControlTerminalConnection.HELD,
                    ((CallControlTerminalConnection) tcAt(h, first, "1001")).getCallControlState());
            assertEquals("1002", placed[1].getAddress().getName());
            tcAt(h, consultation, "1002").answer();
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            first.transfer(consultation);
            assertEquals(Call.INVALID, consultation.getState());
            assertEquals(Call.ACTIVE, first.getState());
            h.quiet();
            assertEquals(Ev.META_CALL_TRANSFERRING, h.observer.raw().get(0).getMetaCode());
            h.expectObserver(seq(
                    "call-1: TermConnDroppedEv dev1001",
                    "call-1: CallCtlTermConnDroppedEv dev1001",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: ConnCreatedEv 1002",
                    "call-1: ConnConnectedEv 1002",
                    "call-1: CallCtlConnEstablishedEv 1002",
                    "call-1: TermConnCreatedEv dev1002",
                    "call-1: TermConnActiveEv dev1002",
                    "call-1: CallCtlTermConnTalkingEv dev1002",
                    "call-2: TermConnDroppedEv dev1001",
                    "call-2: CallCtlTermConnDroppedEv dev1001",
                    "call-2: ConnDisconnectedEv 1001",
                    "call-2: CallCtlConnDisconnectedEv 1001",
                    "call-2: TermConnDroppedEv dev1002",
                    "call-2: CallCtlTermConnDroppedEv dev1002",
                    "call-2: ConnDisconnectedEv 1002",
                    "call-2: CallCtlConnDisconnectedEv 1002",
                    "call-2: CallInvalidEv",
                    "call-2: CallObservationEndedEv"));
            h.expectListener(seq(
                    "call-1: MULTICALL_META_TRANSFER_STARTED",
                    "call-1: TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-1: CONNECTION_CREATED 1002",
                    "call-1: CONNECTION_CONNECTED 1002",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1002",
                    "call-1: TERMINAL_CONNECTION_CREATED dev1002",
                    "call-1: TERMINAL_CONNECTION_ACTIVE dev1002",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING dev1002",
                    "call-2: TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-2: CALLCTL_TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-2: CONNECTION_DISCONNECTED 1001",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-2: TERMINAL_CONNECTION_DROPPED dev1002",
                    "call-2: CALLCTL_TERMINAL_CONNECTION_DROPPED dev1002",
                    "call-2: CONNECTION_DISCONNECTED 1002",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 1002",
                    "call-2: CALL_INVALID",
                    "call-1: MULTICALL_META_TRANSFER_ENDED",
                    "call-2: CALL_EVENT_TRANSMISSION_ENDED"));
            assertEquals(2, first.getConnections().length);
            assertNull(first.getTransferController(), "a controller that left is forgotten");
        }
    }

    @Test
    void threeWayConferenceMergesTheHeldCallIntoTheConsultation() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            h.fake.call("5551111", "1001");
            h.quiet();
            CallControlCall first = (CallControlCall) h.provider.getCalls()[0];
            tcAt(h, first, "1001").answer();
            CallControlCall second = (CallControlCall) h.provider.createCall();
            second.consult(tcAt(h, first, "1001"), "5552222");
            h.fake.answer("call-2", "5552222");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            second.setConferenceController(tcAt(h, second, "1001"));
            second.conference(first);
            assertEquals(Call.INVALID, first.getState());
            assertEquals(3, second.getConnections().length);
            h.quiet();
            assertEquals(Ev.META_CALL_MERGING, h.observer.raw().get(0).getMetaCode());
            h.expectObserver(seq(
                    "call-2: ConnCreatedEv 5551111",
                    "call-2: ConnConnectedEv 5551111",
                    "call-2: CallCtlConnEstablishedEv 5551111",
                    "call-1: ConnDisconnectedEv 5551111",
                    "call-1: CallCtlConnDisconnectedEv 5551111",
                    "call-1: TermConnDroppedEv dev1001",
                    "call-1: CallCtlTermConnDroppedEv dev1001",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: CallInvalidEv",
                    "call-1: CallObservationEndedEv"));
            h.expectListener(seq(
                    "call-2: MULTICALL_META_MERGE_STARTED",
                    "call-2: CONNECTION_CREATED 5551111",
                    "call-2: CONNECTION_CONNECTED 5551111",
                    "call-2: CALLCTL_CONNECTION_ESTABLISHED 5551111",
                    "call-1: CONNECTION_DISCONNECTED 5551111",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 5551111",
                    "call-1: TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-1: CALL_INVALID",
                    "call-2: MULTICALL_META_MERGE_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED"));
            assertEquals(CallControlTerminalConnection.TALKING,
                    ((CallControlTerminalConnection) tcAt(h, second, "1001")).getCallControlState());
        }
    }
}
