package io.bwjtapi.failover;

import static io.bwjtapi.fake.ObserverRecorder.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bwjtapi.fake.Harness;
import javax.telephony.Call;
import javax.telephony.Event;
import javax.telephony.Provider;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

/** The Avaya-style option {@code failoverStyle=clear-calls}: vanished calls are cleared with disconnect events. */
class ClearCallsStyleTest {
    private static Harness start() throws Exception {
        Harness h = Harness.start(";failoverStyle=clear-calls", "1001", "1002").observe("1001", "1002");
        h.fake.call("5559876", "1001");
        h.quiet();
        h.provider.getTerminal("dev1001").getTerminalConnections()[0].answer();
        h.fake.call("5550003", "1001");
        h.quiet();
        h.observer.clear();
        h.listener.clear();
        return h;
    }

    @Test
    void aResyncClearsTheForgottenCallWithDisconnectEventsAndNoServiceCycle() throws Exception {
        try (Harness h = start()) {
            Call survivor = h.provider.findCall("call-1");
            h.fake.forget("call-2");
            h.fake.resync("1001");
            h.quiet();
            Ev first = h.observer.raw().get(0);
            h.expectObserver(seq(
                    "call-2: ConnDisconnectedEv 5550003",
                    "call-2: CallCtlConnDisconnectedEv 5550003",
                    "call-2: TermConnDroppedEv dev1001",
                    "call-2: CallCtlTermConnDroppedEv dev1001",
                    "call-2: ConnDisconnectedEv 1001",
                    "call-2: CallCtlConnDisconnectedEv 1001",
                    "call-2: CallInvalidEv",
                    "call-2: CallObservationEndedEv"));
            h.expectListener(seq(
                    "call-2: SINGLECALL_META_PROGRESS_STARTED",
                    "call-2: CONNECTION_DISCONNECTED 5550003",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 5550003",
                    "call-2: TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-2: CALLCTL_TERMINAL_CONNECTION_DROPPED dev1001",
                    "call-2: CONNECTION_DISCONNECTED 1001",
                    "call-2: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-2: CALL_INVALID",
                    "call-2: SINGLECALL_META_PROGRESS_ENDED",
                    "call-2: CALL_EVENT_TRANSMISSION_ENDED"));
            assertEquals(Event.CAUSE_UNKNOWN, first.getCause(), "the switch forgot the call; why is unknown");
            assertEquals(Ev.META_CALL_ENDING, first.getMetaCode());
            assertSame(survivor, h.provider.getCalls()[0]);
            assertEquals(1, h.provider.getCalls().length);
        }
    }

    @Test
    void anOutageKeepsObserversOnTheCallsAndClearsTheVanishedOnesWhenBack() throws Exception {
        try (Harness h = start()) {
            h.fake.loseConnection();
            h.expectObserver(seq(
                    "BwAddrOutOfServiceEv 1001",
                    "BwTermOutOfServiceEv dev1001",
                    "BwAddrOutOfServiceEv 1002",
                    "BwTermOutOfServiceEv dev1002",
                    "ProvOutOfServiceEv"));
            assertEquals(2, h.provider.getCalls().length, "calls stay listed in the clear-calls style");
            h.fake.forget("call-1");
            h.listener.clear();
            h.fake.restore();
            h.expectObserver(seq(
                    "ProvInServiceEv",
                    "BwAddrInServiceEv 1001",
                    "BwTermInServiceEv dev1001",
                    "BwAddrInServiceEv 1002",
                    "BwTermInServiceEv dev1002",
                    "call-1: ConnDisconnectedEv 5559876",
                    "call-1: CallCtlConnDisconnectedEv 5559876",
                    "call-1: TermConnDroppedEv dev1001",
                    "call-1: CallCtlTermConnDroppedEv dev1001",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: CallInvalidEv",
                    "call-1: CallObservationEndedEv"));
            assertEquals(Provider.IN_SERVICE, h.provider.getState());
            assertEquals(1, h.provider.getCalls().length);
        }
    }
}
