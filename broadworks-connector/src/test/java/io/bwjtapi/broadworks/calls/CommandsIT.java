package io.bwjtapi.broadworks.calls;

import static io.bwjtapi.broadworks.support.Sequences.ANSWERED_BY_1001;
import static io.bwjtapi.broadworks.support.Sequences.ANSWERED_BY_1001_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_RINGS_1001;
import static io.bwjtapi.broadworks.support.Sequences.EXTERNAL_RINGS_1001_LISTENER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.broadworks.support.AppView;
import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.ext.BwSwitchError;
import io.bwjtapi.ext.BwTerminalConnection;
import io.bwjtapi.simulator.fault.RequestMatcher;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;

/**
 * Call control reaches BroadWorks as the documented Xsi-Actions requests, and BroadWorks' refusals reach the
 * application as JTAPI exceptions that carry the HTTP status, errorCode and summary.
 */
class CommandsIT {
    @Test
    void answerAndDtmfAreXsiActionsOnTheUsersCallHalf() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = new AppView(rig.address(0));
            rig.sim.dialFromExternal("+4940555000", rig.userId(0));
            a.expect(EXTERNAL_RINGS_1001, EXTERNAL_RINGS_1001_LISTENER);
            rig.terminal(0).getTerminalConnections()[0].answer();
            a.expect(ANSWERED_BY_1001, ANSWERED_BY_1001_LISTENER);
            ((BwTerminalConnection) rig.terminal(0).getTerminalConnections()[0]).generateDtmf("12#");
            String callId = rig.sim.truth().knownHalvesOf(rig.userId(0)).get(0).callId();
            assertTrue(rig.sim.requests().stream().anyMatch(r -> r.method().equals("PUT")
                    && r.path().endsWith("/user/" + rig.userId(0) + "/calls/" + callId + "/Talk")), "answer is Talk");
            assertTrue(rig.sim.requests().stream().anyMatch(r -> r.method().equals("PUT")
                    && r.path().endsWith("/calls/" + callId + "/TransmitDTMF")), "DTMF is TransmitDTMF");
        }
    }

    @Test
    void aRefusalCarriesTheBroadWorksDetails() throws Exception {
        try (Rig rig = Rig.running(1)) {
            AppView a = new AppView(rig.address(0));
            rig.sim.dialFromExternal("+4940555000", rig.userId(0));
            a.expect(EXTERNAL_RINGS_1001, EXTERNAL_RINGS_1001_LISTENER);
            rig.terminal(0).getTerminalConnections()[0].answer();
            a.expect(ANSWERED_BY_1001, ANSWERED_BY_1001_LISTENER);
            rig.sim.respondStatus(RequestMatcher.of("PUT", ".*/Hold"), 409, 1);
            CallControlTerminalConnection mine = (CallControlTerminalConnection) rig.terminal(0)
                    .getTerminalConnections()[0];
            InvalidStateException e = assertThrows(InvalidStateException.class, mine::hold);
            BwSwitchError error = BwSwitchError.of(e);
            assertNotNull(error, "the BroadWorks details travel with the exception");
            assertEquals(409, error.getHttpStatus());
            assertEquals(5030, error.getErrorCode());
            assertEquals(CallControlTerminalConnection.TALKING, mine.getCallControlState(), "nothing changed");
            a.expectNothingMore();
        }
    }
}
