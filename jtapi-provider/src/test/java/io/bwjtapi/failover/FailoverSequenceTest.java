package io.bwjtapi.failover;

import static io.bwjtapi.fake.ObserverRecorder.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bwjtapi.ext.BwAddress;
import io.bwjtapi.ext.BwOutOfServiceEv;
import io.bwjtapi.ext.BwTerminal;
import io.bwjtapi.fake.Harness;
import io.bwjtapi.fake.ListenerRecorder;
import io.bwjtapi.fake.ObserverRecorder;
import io.bwjtapi.provider.spi.ServiceCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.telephony.Call;
import javax.telephony.InvalidStateException;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

/** The failover contract in the default (Cisco) style, for an observer and a listener application. */
class FailoverSequenceTest {
    /** 5559876 calls 1001, who answers: call-1. */
    private static Harness withAnsweredCall() throws Exception {
        Harness h = Harness.start("", "1001", "1002").observe("1001", "1002");
        h.fake.call("5559876", "1001");
        h.quiet();
        h.provider.getTerminal("dev1001").getTerminalConnections()[0].answer();
        h.quiet();
        h.observer.clear();
        h.listener.clear();
        return h;
    }

    private static List<String> snapshotOfCall1() {
        return seq(
                "call-1: CallActiveEv",
                "call-1: ConnCreatedEv 5559876",
                "call-1: ConnConnectedEv 5559876",
                "call-1: CallCtlConnEstablishedEv 5559876",
                "call-1: ConnCreatedEv 1001",
                "call-1: ConnConnectedEv 1001",
                "call-1: CallCtlConnEstablishedEv 1001",
                "call-1: TermConnCreatedEv dev1001",
                "call-1: TermConnActiveEv dev1001",
                "call-1: CallCtlTermConnTalkingEv dev1001");
    }

    private static List<String> listenerSnapshotOfCall1() {
        return seq(
                "call-1: SINGLECALL_META_SNAPSHOT_STARTED",
                "call-1: CALL_ACTIVE",
                "call-1: CONNECTION_CREATED 5559876",
                "call-1: CONNECTION_CONNECTED 5559876",
                "call-1: CALLCTL_CONNECTION_ESTABLISHED 5559876",
                "call-1: CONNECTION_CREATED 1001",
                "call-1: CONNECTION_CONNECTED 1001",
                "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                "call-1: TERMINAL_CONNECTION_CREATED dev1001",
                "call-1: TERMINAL_CONNECTION_ACTIVE dev1001",
                "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING dev1001",
                "call-1: SINGLECALL_META_SNAPSHOT_ENDED");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void losingEveryChannelEndsCallObservationThenDevicesThenTheProvider() throws Exception {
        try (Harness h = withAnsweredCall()) {
            Call call = h.provider.getCalls()[0];
            TerminalConnection tc = h.provider.getTerminal("dev1001").getTerminalConnections()[0];
            h.fake.loseConnection();
            h.quiet();
            List<Ev> raw = h.observer.raw();
            h.expectObserver(seq(
                    "call-1: CallObservationEndedEv",
                    "BwAddrOutOfServiceEv 1001",
                    "BwTermOutOfServiceEv dev1001",
                    "BwAddrOutOfServiceEv 1002",
                    "BwTermOutOfServiceEv dev1002",
                    "ProvOutOfServiceEv"));
            h.expectListener(seq(
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED",
                    "ADDRESS_OUT_OF_SERVICE 1001",
                    "TERMINAL_OUT_OF_SERVICE dev1001",
                    "ADDRESS_OUT_OF_SERVICE 1002",
                    "TERMINAL_OUT_OF_SERVICE dev1002",
                    "PROVIDER_OUT_OF_SERVICE"));
            for (Ev ev : raw.subList(1, raw.size())) {
                assertEquals(BwOutOfServiceEv.CAUSE_CONNECTION_LOST, ev.getCause(), ev.toString());
            }
            assertEquals(Provider.OUT_OF_SERVICE, h.provider.getState());
            assertEquals(BwAddress.OUT_OF_SERVICE, ((BwAddress) h.provider.getAddress("1001")).getState());
            assertEquals(BwTerminal.OUT_OF_SERVICE, ((BwTerminal) h.provider.getTerminal("dev1001")).getState());
            assertNull(h.provider.getCalls(), "calls are not listed while the provider is out of service");
            assertNull(h.provider.getAddress("1001").getConnections());
            assertNotNull(h.provider.getAddress("1001").getCallObservers(), "observers stay registered");
            assertNotNull(h.provider.getObservers());
            assertNull(call.getObservers(), "the call lost its observers");
            assertThrows(InvalidStateException.class, h.provider::createCall);
            assertThrows(InvalidStateException.class, ((CallControlTerminalConnection) tc)::hold);
        }
    }

    @Test
    void comingBackReportsServiceThenOneSnapshotBatchPerSurvivingCallOnTheSameCallObject() throws Exception {
        try (Harness h = withAnsweredCall()) {
            Call before = h.provider.getCalls()[0];
            h.fake.loseConnection();
            String inside = h.fake.call("5550001", "1002");
            h.fake.hangUp(inside, "5550001");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            h.fake.restore();
            h.quiet();
            List<List<String>> batches = h.observer.batches();
            List<Ev> raw = h.observer.raw();
            h.expectObserver(concat(seq(
                    "ProvInServiceEv",
                    "BwAddrInServiceEv 1001",
                    "BwTermInServiceEv dev1001",
                    "BwAddrInServiceEv 1002",
                    "BwTermInServiceEv dev1002"), snapshotOfCall1()));
            h.expectListener(concat(seq(
                    "PROVIDER_IN_SERVICE",
                    "ADDRESS_IN_SERVICE 1001",
                    "TERMINAL_IN_SERVICE dev1001",
                    "ADDRESS_IN_SERVICE 1002",
                    "TERMINAL_IN_SERVICE dev1002"), listenerSnapshotOfCall1()));
            assertEquals(snapshotOfCall1(), batches.get(batches.size() - 1), "the snapshot is one batch");
            List<Ev> snapshot = raw.subList(5, raw.size());
            for (int i = 0; i < snapshot.size(); i++) {
                assertEquals(Ev.META_SNAPSHOT, snapshot.get(i).getMetaCode());
                assertEquals(Ev.CAUSE_SNAPSHOT, snapshot.get(i).getCause());
                assertEquals(i == 0, snapshot.get(i).isNewMetaEvent());
            }
            assertEquals(1, h.provider.getCalls().length, "the call born and ended in the outage never appears");
            assertSame(before, h.provider.getCalls()[0], "a surviving call keeps its Call object");
            assertEquals(Provider.IN_SERVICE, h.provider.getState());
        }
    }

    @Test
    void aCallThatEndedDuringTheOutageIsGoneWithoutEventsAndNotStuck() throws Exception {
        try (Harness h = withAnsweredCall()) {
            Call before = h.provider.getCalls()[0];
            h.fake.loseConnection();
            h.fake.forget("call-1");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            h.fake.restore();
            h.expectObserver(seq(
                    "ProvInServiceEv",
                    "BwAddrInServiceEv 1001",
                    "BwTermInServiceEv dev1001",
                    "BwAddrInServiceEv 1002",
                    "BwTermInServiceEv dev1002"));
            h.expectListener(seq(
                    "PROVIDER_IN_SERVICE",
                    "ADDRESS_IN_SERVICE 1001",
                    "TERMINAL_IN_SERVICE dev1001",
                    "ADDRESS_IN_SERVICE 1002",
                    "TERMINAL_IN_SERVICE dev1002"));
            assertNull(h.provider.getCalls());
            assertEquals(Call.INVALID, before.getState());
            assertNull(h.provider.getAddress("1001").getConnections());
        }
    }

    @Test
    void aDeviceResyncedAfterServerFailoverCyclesAloneAndLosesTheCallsTheServerForgot() throws Exception {
        try (Harness h = withAnsweredCall()) {
            String other = h.fake.call("5550002", "1002");
            String forgotten = h.fake.call("5550003", "1001");
            h.quiet();
            Call lost = h.provider.findCall(forgotten);
            h.observer.clear();
            h.listener.clear();
            h.fake.forget(forgotten);
            h.fake.resync("1001");
            h.quiet();
            List<Ev> raw = h.observer.raw();
            h.expectObserver(concat(seq(
                    "call-1: CallObservationEndedEv",
                    forgotten + ": CallObservationEndedEv",
                    "BwAddrOutOfServiceEv 1001",
                    "BwTermOutOfServiceEv dev1001",
                    "BwAddrInServiceEv 1001",
                    "BwTermInServiceEv dev1001"), snapshotOfCall1()));
            h.expectListener(concat(seq(
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED",
                    forgotten + ": CALL_EVENT_TRANSMISSION_ENDED",
                    "ADDRESS_OUT_OF_SERVICE 1001",
                    "TERMINAL_OUT_OF_SERVICE dev1001",
                    "ADDRESS_IN_SERVICE 1001",
                    "TERMINAL_IN_SERVICE dev1001"), listenerSnapshotOfCall1()));
            assertEquals(BwOutOfServiceEv.CAUSE_SERVER_FAILOVER, raw.get(2).getCause());
            assertEquals(Provider.IN_SERVICE, h.provider.getState(), "the provider stays in service");
            assertEquals(Call.INVALID, lost.getState(), "no stuck call");
            assertEquals(2, h.provider.getCalls().length);
            assertNotNull(h.provider.findCall(other));
        }
    }

    @Test
    void aDeviceThatCannotBeReopenedEndsItsObservation() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001", "1002")) {
            String id = h.fake.call("5550002", "1002");
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            h.fake.closeDevice("1002");
            h.expectObserver(seq(
                    id + ": CallObservationEndedEv",
                    "BwAddrOutOfServiceEv 1002",
                    "BwTermOutOfServiceEv dev1002",
                    "AddrObservationEndedEv 1002",
                    "TermObservationEndedEv dev1002"));
            h.expectListener(seq(
                    id + ": CALL_EVENT_TRANSMISSION_ENDED",
                    "ADDRESS_OUT_OF_SERVICE 1002",
                    "TERMINAL_OUT_OF_SERVICE dev1002",
                    "ADDRESS_EVENT_TRANSMISSION_ENDED 1002",
                    "TERMINAL_EVENT_TRANSMISSION_ENDED dev1002"));
            assertNull(h.provider.getAddress("1002").getObservers());
            assertNull(h.provider.getAddress("1002").getCallObservers());
            assertNull(h.provider.getCalls());
            ObserverRecorder late = new ObserverRecorder();
            h.provider.getAddress("1002").addObserver(late);
            h.quiet();
            assertEquals(seq("AddrObservationEndedEv 1002"), late.events(), "a closed address ends new observers");
        }
    }

    @Test
    void aDeviceClosedDuringTheOutageEndsItsObservationAndStaysOut() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001", "1002")) {
            h.fake.loseConnection();
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            h.fake.closeDevice("1002");
            h.fake.restore();
            h.expectObserver(seq(
                    "AddrObservationEndedEv 1002",
                    "TermObservationEndedEv dev1002",
                    "ProvInServiceEv",
                    "BwAddrInServiceEv 1001",
                    "BwTermInServiceEv dev1001"));
            assertEquals(BwAddress.OUT_OF_SERVICE, ((BwAddress) h.provider.getAddress("1002")).getState());
        }
    }

    @Test
    void reachingTheReconnectLimitShutsTheProviderDown() throws Exception {
        try (Harness h = withAnsweredCall()) {
            h.fake.loseConnection();
            h.quiet();
            h.observer.clear();
            h.listener.clear();
            h.fake.giveUp();
            h.quiet();
            List<Ev> raw = h.observer.raw();
            h.expectObserver(seq(
                    "AddrObservationEndedEv 1001",
                    "TermObservationEndedEv dev1001",
                    "AddrObservationEndedEv 1002",
                    "TermObservationEndedEv dev1002",
                    "ProvShutdownEv",
                    "ProvObservationEndedEv"));
            h.expectListener(seq(
                    "ADDRESS_EVENT_TRANSMISSION_ENDED 1001",
                    "TERMINAL_EVENT_TRANSMISSION_ENDED dev1001",
                    "ADDRESS_EVENT_TRANSMISSION_ENDED 1002",
                    "TERMINAL_EVENT_TRANSMISSION_ENDED dev1002",
                    "PROVIDER_SHUTDOWN",
                    "PROVIDER_EVENT_TRANSMISSION_ENDED"));
            assertEquals(BwOutOfServiceEv.CAUSE_RECONNECT_GAVE_UP, raw.get(4).getCause());
            assertEquals(Provider.SHUTDOWN, h.provider.getState());
            io.bwjtapi.testsupport.Await.until(java.time.Duration.ofSeconds(5), "the switch session is closed",
                h.fake::closed);
            assertNull(h.provider.getObservers());
        }
    }

    @Test
    void anObserverAddedDuringTheOutageGetsServiceEventsAndSnapshotsWhenBack() throws Exception {
        try (Harness h = withAnsweredCall()) {
            h.fake.loseConnection();
            h.quiet();
            ObserverRecorder late = new ObserverRecorder();
            ListenerRecorder lateListener = new ListenerRecorder();
            h.provider.addObserver(late);
            h.provider.getAddress("1001").addObserver(late);
            h.provider.getAddress("1001").addCallObserver(late);
            h.provider.getAddress("1001").addAddressListener(lateListener);
            h.provider.getAddress("1001").addCallListener(lateListener);
            h.fake.restore();
            h.quiet();
            assertEquals(concat(seq("ProvInServiceEv", "BwAddrInServiceEv 1001"), snapshotOfCall1()), late.events());
            assertEquals(concat(seq("ADDRESS_IN_SERVICE 1001"), listenerSnapshotOfCall1()), lateListener.events());
        }
    }

    @Test
    void aDeviceThatStaysOutOfServiceAfterTheRestoreComesBackWithItsOwnSnapshot() throws Exception {
        try (Harness h = withAnsweredCall()) {
            h.fake.loseConnection();
            h.quiet();
            h.observer.clear();
            h.fake.restore(Map.of("1001", ServiceCause.MONITORING_REFUSED));
            h.expectObserver(seq(
                    "ProvInServiceEv",
                    "BwAddrInServiceEv 1002",
                    "BwTermInServiceEv dev1002"));
            assertNull(h.provider.getCalls(), "a call at a device still out of service stays hidden");
            h.fake.sink().deviceInService("1001", List.of(h.fake.snapshotOf("call-1")));
            h.expectObserver(concat(seq("BwAddrInServiceEv 1001", "BwTermInServiceEv dev1001"), snapshotOfCall1()));
        }
    }
}
