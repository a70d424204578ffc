package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.driver.SwitchView;
import io.bwjtapi.tck.driver.SwitchView.SwitchCall;
import io.bwjtapi.tck.driver.SwitchView.SwitchParty;
import io.bwjtapi.tck.model.ApplicationView;
import io.bwjtapi.tck.model.LocalParty;
import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;

class TruthCheckTest {
    private final TruthCheck check = new TruthCheck(List.of(new LocalParty("u1", "1001", "t1"),
            new LocalParty("u2", "1002", "t2")), true, Set.of());

    @Test
    void aViewEqualToTheSwitchPasses() {
        SwitchView truth = new SwitchView(List.of(talkingAtSwitch()), List.of());
        assertEquals(List.of(), check.check("app", talking(), truth, true));
    }

    @Test
    void aCallTheSwitchDoesNotHaveIsAStuckCall() {
        List<Violation> v = check.check("app", talking(), new SwitchView(List.of(), List.of()), true);
        assertEquals(1, v.size());
        assertTrue(v.get(0).message().contains("a stuck call"), v.toString());
    }

    @Test
    void aCallTheViewLacksOrShowsInAnotherStateIsReported() {
        ApplicationView empty = ApplicationView.of(List.of());
        assertTrue(check.check("app", empty, new SwitchView(List.of(talkingAtSwitch()), List.of()), true).get(0)
                .message().contains("lacks"));
        SwitchCall held = new SwitchCall("x", List.of(new SwitchParty("u1", Connection.CONNECTED,
                TerminalConnection.ACTIVE, CallControlTerminalConnection.HELD)), 1);
        assertEquals(2, check.check("app", talking(), new SwitchView(List.of(held), List.of()), true).size());
    }

    @Test
    void forgottenCallsAreToleratedWholeOrInPartUntilTheComparisonIsStrict() {
        SwitchView forgotten = new SwitchView(List.of(), List.of(talkingAtSwitch()));
        assertEquals(List.of(), check.check("app", talking(), forgotten, false));
        assertEquals(1, check.check("app", talking(), forgotten, true).size());
        SwitchCall twoLocals = new SwitchCall("y", List.of(talkingParty("u1"), talkingParty("u2")), 1);
        assertTrue(check.matches(talking(), new SwitchView(List.of(), List.of(twoLocals)), false));
    }

    @Test
    void aMissingTerminalConnectionIsExcusedOnlyWhenListedAndTheExcuseIsRecorded() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .conn("call#1", "conn#2", "+4930", Connection.CONNECTED);
        ApplicationView bare = ApplicationView.of(r.events());
        SwitchView truth = new SwitchView(List.of(talkingAtSwitch()), List.of());
        assertEquals(2, check.check("app", bare, truth, true).size());
        TruthCheck tolerant = new TruthCheck(List.of(new LocalParty("u1", "1001", "t1")), true,
                Set.of(KnownDivergence.MISSING_TERMINAL_CONNECTION));
        assertEquals(List.of(), tolerant.check("app", bare, truth, true));
        assertEquals(Set.of(KnownDivergence.MISSING_TERMINAL_CONNECTION), tolerant.used());
        assertEquals(Set.of(KnownDivergence.MISSING_TERMINAL_CONNECTION),
                KnownDivergence.parse(" missing-terminal-connection ,"));
    }

    /** u1 talks to a remote party: connection, terminal connection and call control state. */
    private static ApplicationView talking() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .tc("call#1", "conn#1", "1001", "tc#1", "t1", TerminalConnection.ACTIVE)
                .ccTc("call#1", "conn#1", "1001", "tc#1", "t1", CallControlTerminalConnection.TALKING)
                .conn("call#1", "conn#2", "+4930", Connection.CONNECTED);
        return ApplicationView.of(r.events());
    }

    private static SwitchCall talkingAtSwitch() {
        return new SwitchCall("x", List.of(talkingParty("u1")), 1);
    }

    private static SwitchParty talkingParty(String party) {
        return new SwitchParty(party, Connection.CONNECTED, TerminalConnection.ACTIVE,
                CallControlTerminalConnection.TALKING);
    }
}
