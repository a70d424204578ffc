package io.bwjtapi.scenario;

import static io.bwjtapi.fake.ObserverRecorder.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.Harness;
import io.bwjtapi.fake.Sequences;
import io.bwjtapi.fake.ObserverRecorder;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

/** Hold and retrieve, redirect, both parties monitored, external parties and calls at unobserved addresses. */
class FeatureCallTest {
    private static Connection[] callOut(Harness h, String from, String to) throws Exception {
        Call call = h.provider.createCall();
        return call.connect(h.provider.getTerminal("dev" + from), h.provider.getAddress(from), to);
    }

    @Test
    void holdAndRetrieveReportOnlyCallControlEvents() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            List<CallEv> plain = new ArrayList<>();
            CallObserver plainObserver = evs -> plain.addAll(List.of(evs));
            Connection[] c = callOut(h, "1001", "5551234");
            h.fake.answer("call-1", "5551234");
            c[0].getCall().addObserver(plainObserver);
            h.quiet();
            plain.clear();
            h.observer.clear();
            h.listener.clear();
            CallControlTerminalConnection tc = (CallControlTerminalConnection) c[0].getTerminalConnections()[0];
            tc.hold();
            assertEquals(CallControlTerminalConnection.HELD, tc.getCallControlState());
            h.expectObserver(seq("call-1: CallCtlTermConnHeldEv dev1001"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_HELD dev1001",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED"));
            tc.unhold();
            h.expectObserver(seq("call-1: CallCtlTermConnTalkingEv dev1001"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING dev1001",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED"));
            assertTrue(plain.isEmpty(), "a plain CallObserver gets no call-control events: " + plain);
            assertEquals(List.of("makeCall 1001 dev1001 5551234", "hold call-1/1001#half-1001",
                    "unhold call-1/1001#half-1001"), h.fake.log());
        }
    }

    @Test
    void unholdCarriesTheUnholdCause() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            Connection[] c = callOut(h, "1001", "5551234");
            CallControlTerminalConnection tc = (CallControlTerminalConnection) c[0].getTerminalConnections()[0];
            tc.hold();
            h.quiet();
            h.observer.clear();
            tc.unhold();
            h.quiet();
            Ev ev = h.observer.raw().get(0);
            assertEquals("call-1: CallCtlTermConnTalkingEv dev1001", ObserverRecorder.describe(ev));
            assertEquals(CallControlEvent.CAUSE_UNHOLD, ((CallCtlEv) ev).getCallControlCause());
            assertEquals(Ev.META_CALL_PROGRESS, ev.getMetaCode());
            assertTrue(ev.isNewMetaEvent());
        }
    }

    @Test
    void redirectMovesTheAlertingCallToAnotherAddress() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001", "1002")) {
            String id = h.fake.call("5559876", "1001");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            CallControlConnection alerting = (CallControlConnection) h.provider.getAddress("1001").getConnections()[0];
            Connection target = alerting.redirect("1002");
            assertSame(h.provider.getAddress("1002"), target.getAddress());
            assertSame(h.provider.getAddress("1001"), ((CallControlCall) target.getCall()).getLastRedirectedAddress());
            h.expectObserver(Sequences.of(
                    Sequences.leaves(id, "1001"), Sequences.rings(id, "1002")));
            h.expectListener(Sequences.of(
                    id + ": SINGLECALL_META_PROGRESS_STARTED",
                    Sequences.leavesForListener(id, "1001"), Sequences.ringsForListener(id, "1002"),
                    id + ": SINGLECALL_META_PROGRESS_ENDED"));
        }
    }

    @Test
    void anObserverOfTheRedirectingAddressOnlyLeavesTheCall() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001")) {
            String id = h.fake.call("5559876", "1001");
            h.quiet();
            h.observer.clear();
            ((CallControlConnection) h.provider.getAddress("1001").getConnections()[0]).redirect("1002");
            h.quiet();
            assertEquals(CallControlEvent.CAUSE_REDIRECTED,
                    ((CallCtlEv) h.observer.raw().get(3)).getCallControlCause());
            assertEquals(Ev.META_CALL_ADDITIONAL_PARTY, h.observer.raw().get(0).getMetaCode());
            h.expectObserver(Sequences.of(
                    Sequences.leaves(id, "1001"), Sequences.rings(id, "1002"),
                    id + ": CallObservationEndedEv"));
        }
    }

    @Test
    void bothPartiesMonitoredAreReportedOnceToAnObserverOfBoth() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001", "1002")) {
            callOut(h, "1001", "1002");
            h.expectObserver(seq(
                    "call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1001",
                    "call-1: ConnConnectedEv 1001",
                    "call-1: CallCtlConnEstablishedEv 1001",
                    "call-1: TermConnCreatedEv dev1001",
                    "call-1: TermConnActiveEv dev1001",
                    "call-1: CallCtlTermConnTalkingEv dev1001",
                    "call-1: ConnCreatedEv 1002",
                    "call-1: ConnAlertingEv 1002",
                    "call-1: CallCtlConnAlertingEv 1002",
                    "call-1: TermConnCreatedEv dev1002",
                    "call-1: TermConnRingingEv dev1002",
                    "call-1: CallCtlTermConnRingingEv dev1002"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_CONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED dev1001",
                    "call-1: TERMINAL_CONNECTION_ACTIVE dev1001",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING dev1001",
                    "call-1: CONNECTION_CREATED 1002",
                    "call-1: CONNECTION_ALERTING 1002",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1002",
                    "call-1: TERMINAL_CONNECTION_CREATED dev1002",
                    "call-1: TERMINAL_CONNECTION_RINGING dev1002",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_RINGING dev1002",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED"));
            h.provider.getTerminal("dev1002").getTerminalConnections()[0].answer();
            h.expectObserver(seq(
                    "call-1: ConnConnectedEv 1002",
                    "call-1: CallCtlConnEstablishedEv 1002",
                    "call-1: TermConnActiveEv dev1002",
                    "call-1: CallCtlTermConnTalkingEv dev1002"));
            h.listener.clear();
            h.fake.hangUp("call-1", "1002");
            h.expectObserver(seq(
                    "call-1: TermConnDroppedEv dev1001",
                    "call-1: CallCtlTermConnDroppedEv dev1001",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: TermConnDroppedEv dev1002",
                    "call-1: CallCtlTermConnDroppedEv dev1002",
                    "call-1: ConnDisconnectedEv 1002",
                    "call-1: CallCtlConnDisconnectedEv 1002",
                    "call-1: CallInvalidEv",
                    "call-1: CallObservationEndedEv"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-1: TERMINAL_CONNECTION_DROPPED dev1002",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED dev1002",
                    "call-1: CONNECTION_DISCONNECTED 1002",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1002",
                    "call-1: CALL_INVALID",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED"));
        }
    }

    @Test
    void externalPartiesAreRemoteAddressesThatCannotBeObservedOrFound() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            Connection[] c = callOut(h, "1001", "5551234");
            javax.telephony.Address remote = c[1].getAddress();
            assertNull(remote.getTerminals());
            assertNull(c[1].getTerminalConnections());
            assertEquals(io.bwjtapi.ext.BwAddress.OUT_OF_SERVICE, ((io.bwjtapi.ext.BwAddress) remote).getState());
            assertThrows(InvalidArgumentException.class, () -> h.provider.getAddress("5551234"));
            assertThrows(MethodNotSupportedException.class, () -> remote.addCallObserver(new ObserverRecorder()));
            assertThrows(MethodNotSupportedException.class, () -> c[1].disconnect());
            assertEquals(1, h.provider.getAddresses().length, "remote addresses are not in the domain");
        }
    }

    @Test
    void callsAtAnUnobservedAddressReachNoObserverButAreListed() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001")) {
            String id = h.fake.call("5559876", "1002");
            h.expectObserver(seq());
            h.expectListener(seq());
            assertEquals(1, h.provider.getCalls().length);
            assertEquals(1, h.provider.getAddress("1002").getConnections().length);

            long dropped = h.provider.modelStats().droppedFacts();
            h.fake.sink().callChanged(CallUpdate.of("outside", ConnectionUpdate.remote("5550001",
                    ConnectionState.ESTABLISHED), ConnectionUpdate.remote("5550002", ConnectionState.ALERTING)));
            h.quiet();
            assertEquals(dropped + 1, h.provider.modelStats().droppedFacts(), "a call with no local party is dropped");
            assertEquals(1, h.provider.getCalls().length);
            assertEquals(id, ((io.bwjtapi.ext.BwCall) h.provider.getCalls()[0]).getCallId());
        }
    }
}
