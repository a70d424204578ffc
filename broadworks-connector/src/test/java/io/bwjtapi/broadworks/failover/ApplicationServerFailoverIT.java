package io.bwjtapi.broadworks.failover;

import static io.bwjtapi.broadworks.support.Sequences.DROPPED_1001_WITH_EXTERNAL;
import static io.bwjtapi.broadworks.support.Sequences.DROPPED_1001_WITH_EXTERNAL_LISTENER;

import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_ANSWERED_BY_1001;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_ANSWERED_BY_1001_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bwjtapi.broadworks.support.AppView;
import io.bwjtapi.broadworks.support.Causes;
import io.bwjtapi.broadworks.support.GroundTruth;
import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.ext.BwOutOfServiceEv;
import io.bwjtapi.simulator.CallRef;
import java.util.List;
import javax.telephony.Provider;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, Application Server failover (failover contract 4): (e) an AS crash with CallSubscriptionResyncEvents
 * clears the stuck call and cycles only the affected device; (f) an AS crash without resync is caught by the
 * forced resync on the next new call; and the clear-calls style for applications that do not handle
 * observation-ended. The provider stays in service throughout; each case is checked against ground truth.
 */
class ApplicationServerFailoverIT {
    static final String EXT = "+4940555000";
    static final List<String> CYCLE_1001 = List.of("BwAddrOutOfServiceEv 1001",
            "BwTermOutOfServiceEv user1001@sim.example",
            "BwAddrInServiceEv 1001",
            "BwTermInServiceEv user1001@sim.example");
    static final List<String> CYCLE_1001_LISTENER = List.of("ADDRESS_OUT_OF_SERVICE 1001",
            "TERMINAL_OUT_OF_SERVICE user1001@sim.example",
            "ADDRESS_IN_SERVICE 1001",
            "TERMINAL_IN_SERVICE user1001@sim.example");

    @Test
    void e_crashWithResyncClearsTheStuckCallAndCyclesOnlyTheAffectedDevice() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            AppView idle = AppView.everything(rig.provider(), rig.address(3), rig.terminal(3));
            CallRef call = rig.sim.dialFromExternal(EXT, rig.userId(0));
            rig.sim.answer(rig.userId(0), call.callIdOf(rig.userId(0)));
            a.expect(EXTERNAL_ANSWERED_BY_1001, EXTERNAL_ANSWERED_BY_1001_LISTENER);
            rig.sim.asCrash(true);
            a.expect(concat(List.of("call-1: CallObservationEndedEv"), CYCLE_1001),
                    concat(List.of("call-1: CALL_EVENT_TRANSMISSION_ENDED"), CYCLE_1001_LISTENER));
            assertEquals(BwOutOfServiceEv.CAUSE_SERVER_FAILOVER,
                    Causes.last(a.observer, "BwAddrOutOfServiceEv 1001").getCause());
            assertEquals(Provider.IN_SERVICE, rig.provider().getState());
            assertNull(rig.provider().getCalls(), "no stuck call");
            assertEquals(1, rig.sim.truth().mediaOnlyCalls().size(), "the call still carries media");
            assertEquals(1, rig.stats().unsynchronisedParties());
            assertEquals(1, rig.stats().unsolicitedResyncs());
            assertEquals(1, rig.stats().devicesResynced());
            GroundTruth.assertMatches(rig, 0, 1, 3);
            rig.provider().shutdown();
            a.expect(ConnectionLossIT.shutdown("1001"), ConnectionLossIT.shutdownListener("1001"));
            idle.expect(ConnectionLossIT.shutdown("1004"), ConnectionLossIT.shutdownListener("1004"));
            a.expectNothingMore();
            idle.expectNothingMore();
        }
    }

    @Test
    void f_crashWithoutResyncIsCaughtByTheForcedResyncOfTheNextCall() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            CallRef call = rig.sim.dialFromExternal(EXT, rig.userId(0));
            rig.sim.answer(rig.userId(0), call.callIdOf(rig.userId(0)));
            a.expect(EXTERNAL_ANSWERED_BY_1001, EXTERNAL_ANSWERED_BY_1001_LISTENER);
            rig.sim.asCrash(false);
            rig.sim.dialFromExternal("+4940555111", rig.userId(0));
            a.expect(concat(NEW_CALL_2, List.of("call-1: CallObservationEndedEv", "call-2: CallObservationEndedEv"),
                            CYCLE_1001, NEW_CALL_2_SNAPSHOT),
                    concat(NEW_CALL_2_LISTENER, List.of("call-1: CALL_EVENT_TRANSMISSION_ENDED",
                            "call-2: CALL_EVENT_TRANSMISSION_ENDED"), CYCLE_1001_LISTENER,
                            NEW_CALL_2_SNAPSHOT_LISTENER));
            assertEquals(1, rig.provider().getCalls().length, "only the new call is left");
            assertEquals(1, rig.stats().unsynchronisedParties());
            assertEquals(0, rig.stats().unsolicitedResyncs());
            GroundTruth.assertMatches(rig, 0, 1, 3);
        }
    }

    @Test
    void clearCallsStyleDisconnectsTheStuckCallWithoutAServiceCycle() throws Exception {
        try (Rig rig = Rig.running(1, "failoverStyle=clear-calls")) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            CallRef call = rig.sim.dialFromExternal(EXT, rig.userId(0));
            rig.sim.answer(rig.userId(0), call.callIdOf(rig.userId(0)));
            a.expect(EXTERNAL_ANSWERED_BY_1001, EXTERNAL_ANSWERED_BY_1001_LISTENER);
            rig.sim.asCrash(true);
            a.expect(DROPPED_1001_WITH_EXTERNAL,
                    DROPPED_1001_WITH_EXTERNAL_LISTENER);
            assertEquals(1, rig.stats().unsynchronisedParties());
            assertEquals(1, rig.stats().devicesResynced(), "resynchronised, without a service cycle");
            assertNull(rig.provider().getCalls(), "no stuck call");
            GroundTruth.assertMatches(rig, 0, 1, 3);
        }
    }

    static final List<String> NEW_CALL_2 = List.of("call-2: CallActiveEv",
            "call-2: ConnCreatedEv 1001",
            "call-2: ConnAlertingEv 1001",
            "call-2: CallCtlConnAlertingEv 1001",
            "call-2: TermConnCreatedEv user1001@sim.example",
            "call-2: TermConnRingingEv user1001@sim.example",
            "call-2: CallCtlTermConnRingingEv user1001@sim.example",
            "call-2: ConnCreatedEv +4940555111",
            "call-2: ConnConnectedEv +4940555111",
            "call-2: CallCtlConnEstablishedEv +4940555111");
    static final List<String> NEW_CALL_2_LISTENER = List.of("call-2: SINGLECALL_META_PROGRESS_STARTED",
            "call-2: CALL_ACTIVE",
            "call-2: CONNECTION_CREATED 1001",
            "call-2: CONNECTION_ALERTING 1001",
            "call-2: CALLCTL_CONNECTION_ALERTING 1001",
            "call-2: TERMINAL_CONNECTION_CREATED user1001@sim.example",
            "call-2: TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-2: CALLCTL_TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-2: CONNECTION_CREATED +4940555111",
            "call-2: CONNECTION_CONNECTED +4940555111",
            "call-2: CALLCTL_CONNECTION_ESTABLISHED +4940555111",
            "call-2: SINGLECALL_META_PROGRESS_ENDED");
    static final List<String> NEW_CALL_2_SNAPSHOT = List.of("call-2: CallActiveEv",
            "call-2: ConnCreatedEv 1001",
            "call-2: ConnAlertingEv 1001",
            "call-2: CallCtlConnAlertingEv 1001",
            "call-2: ConnCreatedEv +4940555111",
            "call-2: ConnConnectedEv +4940555111",
            "call-2: CallCtlConnEstablishedEv +4940555111",
            "call-2: TermConnCreatedEv user1001@sim.example",
            "call-2: TermConnRingingEv user1001@sim.example",
            "call-2: CallCtlTermConnRingingEv user1001@sim.example");
    static final List<String> NEW_CALL_2_SNAPSHOT_LISTENER = List.of("call-2: SINGLECALL_META_SNAPSHOT_STARTED",
            "call-2: CALL_ACTIVE",
            "call-2: CONNECTION_CREATED 1001",
            "call-2: CONNECTION_ALERTING 1001",
            "call-2: CALLCTL_CONNECTION_ALERTING 1001",
            "call-2: CONNECTION_CREATED +4940555111",
            "call-2: CONNECTION_CONNECTED +4940555111",
            "call-2: CALLCTL_CONNECTION_ESTABLISHED +4940555111",
            "call-2: TERMINAL_CONNECTION_CREATED user1001@sim.example",
            "call-2: TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-2: CALLCTL_TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-2: SINGLECALL_META_SNAPSHOT_ENDED");
}
