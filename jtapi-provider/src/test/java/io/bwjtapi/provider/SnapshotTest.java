package io.bwjtapi.provider;

import static io.bwjtapi.fake.ObserverRecorder.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.Harness;
import io.bwjtapi.fake.ListenerRecorder;
import io.bwjtapi.fake.ObserverRecorder;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

/** Snapshots when observers and listeners are added, and the lifetime of observers on calls. */
class SnapshotTest {
    private static final List<String> SNAPSHOT = seq(
            "call-1: CallActiveEv",
            "call-1: ConnCreatedEv 5559876",
            "call-1: ConnConnectedEv 5559876",
            "call-1: CallCtlConnEstablishedEv 5559876",
            "call-1: ConnCreatedEv 1001",
            "call-1: ConnAlertingEv 1001",
            "call-1: CallCtlConnAlertingEv 1001",
            "call-1: TermConnCreatedEv dev1001",
            "call-1: TermConnRingingEv dev1001",
            "call-1: CallCtlTermConnRingingEv dev1001");

    private static Harness ringing() {
        Harness h = Harness.start("", "1001", "1002");
        h.fake.call("5559876", "1001");
        h.quiet();
        return h;
    }

    @Test
    void addingACallObserverToACallDeliversOneSnapshotBatch() throws Exception {
        try (Harness h = ringing()) {
            ObserverRecorder observer = new ObserverRecorder();
            Call call = h.provider.getCalls()[0];
            call.addObserver(observer);
            call.addObserver(observer);
            h.quiet();
            assertEquals(List.of(SNAPSHOT), observer.batches(), "one batch, and a duplicate add does nothing");
            List<Ev> raw = observer.raw();
            for (int i = 0; i < raw.size(); i++) {
                assertEquals(Ev.META_SNAPSHOT, raw.get(i).getMetaCode());
                assertEquals(Ev.CAUSE_SNAPSHOT, raw.get(i).getCause());
                assertEquals(i == 0, raw.get(i).isNewMetaEvent());
            }
            assertEquals(1, call.getObservers().length);
        }
    }

    @Test
    void addingACallObserverToAnAddressSnapshotsEveryCallThere() throws Exception {
        try (Harness h = ringing()) {
            String second = h.fake.call("5550002", "1001");
            h.quiet();
            ObserverRecorder observer = new ObserverRecorder();
            h.provider.getAddress("1001").addCallObserver(observer);
            h.quiet();
            assertEquals(2, observer.batches().size(), "one snapshot batch per call");
            assertEquals(SNAPSHOT, observer.batches().get(0));
            assertEquals(second + ": CallActiveEv", observer.batches().get(1).get(0));
            assertSame(observer, h.provider.getCalls()[0].getObservers()[0]);
        }
    }

    @Test
    void addingACallListenerBracketsTheSnapshot() throws Exception {
        try (Harness h = ringing()) {
            ListenerRecorder listener = new ListenerRecorder();
            h.provider.getTerminal("dev1001").addCallListener(listener);
            h.quiet();
            assertEquals(seq(
                    "call-1: SINGLECALL_META_SNAPSHOT_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 5559876",
                    "call-1: CONNECTION_CONNECTED 5559876",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 5559876",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_ALERTING 1001",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED dev1001",
                    "call-1: TERMINAL_CONNECTION_RINGING dev1001",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_RINGING dev1001",
                    "call-1: SINGLECALL_META_SNAPSHOT_ENDED"), listener.events());
            List<Event> raw = listener.raw();
            MetaEvent started = (MetaEvent) raw.get(0);
            for (Event e : raw.subList(1, raw.size() - 1)) {
                assertEquals(Event.CAUSE_SNAPSHOT, e.getCause());
                assertSame(started, e.getMetaEvent());
            }
        }
    }

    @Test
    void removingAnObserverFromACallEndsItsObservationOfThatCallOnly() throws Exception {
        try (Harness h = ringing().observe("1001")) {
            Call call = h.provider.getCalls()[0];
            call.removeObserver(h.observer);
            h.quiet();
            assertEquals(seq("call-1: CallObservationEndedEv"), h.observer.events());
            assertSame(call, ((CallObservationEndedEv) h.observer.raw().get(0)).getEndedObject());
            assertNull(call.getObservers());
            assertEquals(1, h.provider.getAddress("1001").getCallObservers().length, "still added to the address");
            h.observer.clear();
            h.fake.answer("call-1", "1001");
            h.quiet();
            assertTrue(h.observer.events().isEmpty(), "the removed call reports nothing: " + h.observer.events());
            String next = h.fake.call("5550002", "1001");
            h.quiet();
            assertEquals(next + ": CallActiveEv", h.observer.events().get(0),
                    "later calls at the address are observed");
        }
    }

    @Test
    void anAddressObserverIsAttachedAgainWithASnapshotWhenTheCallComesBack() throws Exception {
        try (Harness h = ringing().observe("1001")) {
            ((javax.telephony.callcontrol.CallControlConnection) h.provider.getAddress("1001").getConnections()[0])
                    .redirect("1002");
            h.expectObserver(io.bwjtapi.fake.Sequences.of(io.bwjtapi.fake.Sequences.leaves("call-1", "1001"),
                    io.bwjtapi.fake.Sequences.rings("call-1", "1002"), "call-1: CallObservationEndedEv"));
            ((javax.telephony.callcontrol.CallControlConnection) h.provider.getAddress("1002").getConnections()[0])
                    .redirect("1001");
            h.quiet();
            List<List<String>> batches = h.observer.batches();
            assertEquals(1, batches.size(), "one batch: the snapshot, then the change that brought the call back");
            assertEquals(io.bwjtapi.fake.Sequences.of(
                    "call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 5559876",
                    "call-1: ConnConnectedEv 5559876",
                    "call-1: CallCtlConnEstablishedEv 5559876",
                    io.bwjtapi.fake.Sequences.rings("call-1", "1002"),
                    io.bwjtapi.fake.Sequences.leaves("call-1", "1002"),
                    io.bwjtapi.fake.Sequences.rings("call-1", "1001")), batches.get(0));
            List<Ev> raw = h.observer.raw();
            assertEquals(Ev.META_SNAPSHOT, raw.get(0).getMetaCode());
            assertTrue(raw.get(0).isNewMetaEvent());
            assertEquals(Ev.META_CALL_ADDITIONAL_PARTY, raw.get(10).getMetaCode());
            assertTrue(raw.get(10).isNewMetaEvent(), "the change opens its own meta group");
        }
    }

    @Test
    void anInvalidCallEndsANewObserverAtOnce() throws Exception {
        try (Harness h = ringing()) {
            Call call = h.provider.getCalls()[0];
            h.fake.hangUp("call-1", "5559876");
            h.quiet();
            ObserverRecorder observer = new ObserverRecorder();
            ListenerRecorder listener = new ListenerRecorder();
            call.addObserver(observer);
            call.addCallListener(listener);
            h.quiet();
            assertEquals(seq("call-1: CallObservationEndedEv"), observer.events());
            assertEquals(seq("call-1: CALL_EVENT_TRANSMISSION_ENDED"), listener.events());
            assertEquals(CallEvent.CALL_EVENT_TRANSMISSION_ENDED, listener.raw().get(0).getID());
            assertNull(call.getObservers());
            assertNull(call.getCallListeners());
        }
    }

    @Test
    void removingProviderAddressAndTerminalObserversDeliversTheirLastEvent() throws Exception {
        try (Harness h = ringing().observe("1001")) {
            h.provider.getAddress("1001").removeObserver(h.observer);
            h.provider.getTerminal("dev1001").removeObserver(h.observer);
            h.provider.removeObserver(h.observer);
            h.provider.removeObserver(h.observer);
            h.provider.getAddress("1001").removeAddressListener(h.listener);
            h.provider.getTerminal("dev1001").removeTerminalListener(h.listener);
            h.provider.removeProviderListener(h.listener);
            h.expectObserver(seq("AddrObservationEndedEv 1001", "TermObservationEndedEv dev1001",
                    "ProvObservationEndedEv"));
            h.expectListener(seq("ADDRESS_EVENT_TRANSMISSION_ENDED 1001", "TERMINAL_EVENT_TRANSMISSION_ENDED dev1001",
                    "PROVIDER_EVENT_TRANSMISSION_ENDED"));
            assertNull(h.provider.getObservers());
            assertNull(h.provider.getProviderListeners());
        }
    }

    @Test
    void shutdownEndsEveryObservationAndIsIdempotent() throws Exception {
        Harness h = ringing().observe("1001");
        h.provider.shutdown();
        h.provider.shutdown();
        h.quiet();
        assertEquals(seq(
                "call-1: CallObservationEndedEv",
                "AddrObservationEndedEv 1001",
                "TermObservationEndedEv dev1001",
                "ProvShutdownEv",
                "ProvObservationEndedEv"), h.observer.events());
        assertEquals(javax.telephony.Provider.SHUTDOWN, h.provider.getState());
        assertNull(h.provider.getCalls());
        io.bwjtapi.testsupport.Await.until(java.time.Duration.ofSeconds(5), "the switch session is closed",
                h.fake::closed);
    }
}
