package io.bwjtapi.scenario;

import static io.bwjtapi.fake.ObserverRecorder.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bwjtapi.fake.Harness;
import io.bwjtapi.fake.Sequences;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlCall;
import org.junit.jupiter.api.Test;

/** Two-party calls with an external party: outgoing, incoming, answered, unanswered, busy, declined. */
class BasicCallTest {
    @Test
    void outgoingCallToAnExternalPartyIsAnsweredAndReleased() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001")) {
            Call call = h.provider.createCall();
            Connection[] connections = call.connect(h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"),
                    "5551234");
            assertEquals("1001", connections[0].getAddress().getName());
            assertEquals("5551234", connections[1].getAddress().getName());
            assertEquals(Call.ACTIVE, call.getState());
            assertSame(h.provider.getAddress("1001"), ((CallControlCall) call).getCallingAddress());
            h.expectObserver(seq(
                    "call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1001",
                    "call-1: ConnConnectedEv 1001",
                    "call-1: CallCtlConnEstablishedEv 1001",
                    "call-1: TermConnCreatedEv dev1001",
                    "call-1: TermConnActiveEv dev1001",
                    "call-1: CallCtlTermConnTalkingEv dev1001",
                    "call-1: ConnCreatedEv 5551234",
                    "call-1: ConnAlertingEv 5551234",
                    "call-1: CallCtlConnAlertingEv 5551234"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_CONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED dev1001",
                    "call-1: TERMINAL_CONNECTION_ACTIVE dev1001",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING dev1001",
                    "call-1: CONNECTION_CREATED 5551234",
                    "call-1: CONNECTION_ALERTING 5551234",
                    "call-1: CALLCTL_CONNECTION_ALERTING 5551234",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED"));

            h.fake.answer("call-1", "5551234");
            h.expectObserver(seq(
                    "call-1: ConnConnectedEv 5551234",
                    "call-1: CallCtlConnEstablishedEv 5551234"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_CONNECTED 5551234",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 5551234",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED"));

            connections[0].disconnect();
            assertEquals(Call.INVALID, call.getState());
            assertNull(h.provider.getCalls());
            h.expectObserver(released("call-1", "1001", "5551234"));
            h.expectListener(releasedForListener("call-1", "1001", "5551234"));
            assertEquals(0, h.provider.remoteAddressCount(), "remote addresses are forgotten with their call");
        }
    }

    @Test
    void incomingCallFromAnExternalPartyIsAnsweredThenReleasedByTheCaller() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            String id = h.fake.call("5559876", "1001");
            h.expectObserver(seq(
                    id + ": CallActiveEv",
                    id + ": ConnCreatedEv 5559876",
                    id + ": ConnConnectedEv 5559876",
                    id + ": CallCtlConnEstablishedEv 5559876",
                    id + ": ConnCreatedEv 1001",
                    id + ": ConnAlertingEv 1001",
                    id + ": CallCtlConnAlertingEv 1001",
                    id + ": TermConnCreatedEv dev1001",
                    id + ": TermConnRingingEv dev1001",
                    id + ": CallCtlTermConnRingingEv dev1001"));
            h.expectListener(seq(
                    id + ": SINGLECALL_META_PROGRESS_STARTED",
                    id + ": CALL_ACTIVE",
                    id + ": CONNECTION_CREATED 5559876",
                    id + ": CONNECTION_CONNECTED 5559876",
                    id + ": CALLCTL_CONNECTION_ESTABLISHED 5559876",
                    id + ": CONNECTION_CREATED 1001",
                    id + ": CONNECTION_ALERTING 1001",
                    id + ": CALLCTL_CONNECTION_ALERTING 1001",
                    id + ": TERMINAL_CONNECTION_CREATED dev1001",
                    id + ": TERMINAL_CONNECTION_RINGING dev1001",
                    id + ": CALLCTL_TERMINAL_CONNECTION_RINGING dev1001",
                    id + ": SINGLECALL_META_PROGRESS_ENDED"));

            h.provider.getTerminal("dev1001").getTerminalConnections()[0].answer();
            h.expectObserver(seq(
                    id + ": ConnConnectedEv 1001",
                    id + ": CallCtlConnEstablishedEv 1001",
                    id + ": TermConnActiveEv dev1001",
                    id + ": CallCtlTermConnTalkingEv dev1001"));
            h.expectListener(seq(
                    id + ": SINGLECALL_META_PROGRESS_STARTED",
                    id + ": CONNECTION_CONNECTED 1001",
                    id + ": CALLCTL_CONNECTION_ESTABLISHED 1001",
                    id + ": TERMINAL_CONNECTION_ACTIVE dev1001",
                    id + ": CALLCTL_TERMINAL_CONNECTION_TALKING dev1001",
                    id + ": SINGLECALL_META_PROGRESS_ENDED"));

            h.fake.hangUp(id, "5559876");
            h.expectObserver(callerLeaves(id));
            h.expectListener(callerLeavesForListener(id));
        }
    }

    @Test
    void unansweredIncomingCallEndsWhenTheCallerGivesUp() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            String id = h.fake.call("5559876", "1001");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            h.fake.hangUp(id, "5559876");
            h.expectObserver(callerLeaves(id));
            h.expectListener(callerLeavesForListener(id));
        }
    }

    @Test
    void busyDestinationFailsTheConnectionWithTheBusyCause() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            Call call = h.provider.createCall();
            Connection[] c = call.connect(h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"), "5550000");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            h.fake.busy("call-1", "5550000");
            h.expectObserver(seq(
                    "call-1: ConnFailedEv 5550000",
                    "call-1: CallCtlConnFailedEv 5550000"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_FAILED 5550000",
                    "call-1: CALLCTL_CONNECTION_FAILED 5550000",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED"));
            assertEquals(Connection.FAILED, c[1].getState());
            c[0].disconnect();
            h.expectObserver(released("call-1", "1001", "5550000"));
        }
    }

    @Test
    void declinedIncomingCallIsRejectedAtTheSwitch() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            String id = h.fake.call("5559876", "1001");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            Connection alerting = h.provider.getAddress("1001").getConnections()[0];
            alerting.disconnect();
            assertEquals("disconnect " + id + "/1001#half-1001 decline", h.fake.log().get(0));
            h.expectObserver(callerLeaves(id));
            h.expectListener(callerLeavesForListener(id));
        }
    }

    private static List<String> callerLeaves(String id) {
        return Sequences.of(Sequences.remoteLeaves(id, "5559876"), Sequences.leaves(id, "1001"), Sequences.ends(id));
    }

    private static List<String> callerLeavesForListener(String id) {
        return Sequences.of(Sequences.bracketed(id, "SINGLECALL_META_PROGRESS", Sequences.of(
                Sequences.remoteLeavesForListener(id, "5559876"), Sequences.leavesForListener(id, "1001"),
                id + ": CALL_INVALID")), id + ": CALL_EVENT_TRANSMISSION_ENDED");
    }

    static List<String> released(String id, String local, String remote) {
        return seq(
                id + ": TermConnDroppedEv dev" + local,
                id + ": CallCtlTermConnDroppedEv dev" + local,
                id + ": ConnDisconnectedEv " + local,
                id + ": CallCtlConnDisconnectedEv " + local,
                id + ": ConnDisconnectedEv " + remote,
                id + ": CallCtlConnDisconnectedEv " + remote,
                id + ": CallInvalidEv",
                id + ": CallObservationEndedEv");
    }

    static List<String> releasedForListener(String id, String local, String remote) {
        return seq(
                id + ": SINGLECALL_META_PROGRESS_STARTED",
                id + ": TERMINAL_CONNECTION_DROPPED dev" + local,
                id + ": CALLCTL_TERMINAL_CONNECTION_DROPPED dev" + local,
                id + ": CONNECTION_DISCONNECTED " + local,
                id + ": CALLCTL_CONNECTION_DISCONNECTED " + local,
                id + ": CONNECTION_DISCONNECTED " + remote,
                id + ": CALLCTL_CONNECTION_DISCONNECTED " + remote,
                id + ": CALL_INVALID",
                id + ": SINGLECALL_META_PROGRESS_ENDED",
                id + ": CALL_EVENT_TRANSMISSION_ENDED");
    }
}
