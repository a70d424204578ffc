package io.bwjtapi.broadworks.failover;

import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002;
import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002;
import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.broadworks.support.AppView;
import io.bwjtapi.broadworks.support.GroundTruth;
import io.bwjtapi.broadworks.support.Rig;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_ANSWERED_BY_1001;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_EXTERNAL;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_EXTERNAL_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_ANSWERED_BY_1001_LISTENER;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.fault.EventScope;
import io.bwjtapi.testsupport.Await;
import java.time.Duration;
import java.util.List;
import javax.telephony.Provider;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 with more than one XSP (failover contracts 3 and 8): (k) one of two channels dies and nothing is
 * visible, (l) the fallback to the preferred XSP is make-before-break and invisible, (m) duplicated and
 * reordered events across the channels produce no duplicate JTAPI event. Its call has one monitored party, so the
 * expected order is defined: BroadWorks orders events per subscription (sequence numbers), not across users, and
 * events of different users may take different channels.
 */
class RedundantXspIT {
    @Test
    void k_oneOfTwoXspsDiesAndNothingIsVisible() throws Exception {
        try (Rig rig = Rig.running(2)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            rig.sim.killXsp(0);
            Await.until(Duration.ofSeconds(10), "the lost channel noticed", () -> rig.stats().channelLosses() == 1);
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(1));
            rig.sim.answer(rig.userId(1), call.callIdOf(rig.userId(1)));
            a.expect(concat(DIAL_1001_TO_1002, ANSWER_1002), concat(DIAL_1001_TO_1002_LISTENER, ANSWER_1002_LISTENER));
            assertEquals(Provider.IN_SERVICE, rig.provider().getState());
            assertEquals(0, rig.stats().failovers());
            assertEquals(0, rig.stats().devicesResynced(), "the forced resync confirmed every device");
            GroundTruth.assertMatches(rig, 0, 1, 3);
            rig.provider().shutdown();
            a.expect(concat(List.of("call-1: CallObservationEndedEv"), ConnectionLossIT.shutdown("1001")),
                    concat(List.of("call-1: CALL_EVENT_TRANSMISSION_ENDED"), ConnectionLossIT.shutdownListener("1001")));
            a.expectNothingMore();
        }
    }

    @Test
    void l_fallbackToThePreferredXspIsInvisible() throws Exception {
        try (Rig rig = Rig.running(2, "channels=1", "fallbackAfter=1s")) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            assertEquals(0, rig.sim.channels().get(0).xspIndex(), "the preferred XSP carries the channel");
            rig.sim.killXsp(0);
            Await.until(Duration.ofSeconds(10), "a substitute channel on the second XSP",
                    () -> onlyChannelOn(rig, 1), rig.sim::channels);
            rig.sim.restoreXsp(0);
            Await.until(Duration.ofSeconds(15), "the fallback to the preferred XSP", () -> onlyChannelOn(rig, 0),
                    rig.sim::channels);
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(1));
            rig.sim.answer(rig.userId(1), call.callIdOf(rig.userId(1)));
            a.expect(concat(DIAL_1001_TO_1002, ANSWER_1002), concat(DIAL_1001_TO_1002_LISTENER, ANSWER_1002_LISTENER));
            assertEquals(0, rig.stats().failovers());
            assertEquals(0, rig.stats().devicesResynced());
            GroundTruth.assertMatches(rig, 0, 1, 3);
        }
    }

    @Test
    void m_duplicatedAndReorderedEventsAcrossChannelsGiveNoDuplicateJtapiEvents() throws Exception {
        try (Rig rig = Rig.running(2)) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            rig.sim.duplicateEvents(EventScope.ALL, 20);
            rig.sim.reorderEvents(EventScope.subscription(subscriptionOf(rig, 0)), 6);
            CallRef call = rig.sim.dialFromExternal(EXT, rig.userId(0));
            rig.sim.answer(rig.userId(0), call.callIdOf(rig.userId(0)));
            rig.sim.hold(rig.userId(0), call.callIdOf(rig.userId(0)));
            rig.sim.retrieve(rig.userId(0), call.callIdOf(rig.userId(0)));
            rig.sim.releaseExternal(call.extTrackingId());
            a.expect(concat(EXTERNAL_ANSWERED_BY_1001, HOLD_RETRIEVE_1001, RELEASED_BY_EXTERNAL),
                    concat(EXTERNAL_ANSWERED_BY_1001_LISTENER, HOLD_RETRIEVE_1001_LISTENER,
                            RELEASED_BY_EXTERNAL_LISTENER));
            assertTrue(rig.stats().duplicates() > 0, "duplicates arrived and were dropped: " + rig.stats());
            GroundTruth.assertMatches(rig, 0, 1, 3);
            rig.provider().shutdown();
            a.expect(ConnectionLossIT.shutdown("1001"), ConnectionLossIT.shutdownListener("1001"));
            a.expectNothingMore();
        }
    }

    static final String EXT = "+4940555000";
    static final List<String> HOLD_RETRIEVE_1001 = List.of("call-1: CallCtlTermConnHeldEv user1001@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1001@sim.example");
    static final List<String> HOLD_RETRIEVE_1001_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CALLCTL_TERMINAL_CONNECTION_HELD user1001@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED");
    private static String subscriptionOf(Rig rig, int user) {
        return rig.sim.subscriptions().stream().filter(s -> s.targetUserId().equals(rig.userId(user))).findFirst()
                .orElseThrow().subscriptionId();
    }

    private static boolean onlyChannelOn(Rig rig, int xsp) {
        return rig.sim.channels().size() == 1 && rig.sim.channels().get(0).xspIndex() == xsp;
    }
}
