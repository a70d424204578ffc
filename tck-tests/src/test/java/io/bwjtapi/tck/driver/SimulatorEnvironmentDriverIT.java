package io.bwjtapi.tck.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.driver.SwitchView.SwitchCall;
import io.bwjtapi.tck.driver.SwitchView.SwitchParty;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator driver against the simulator alone: actions, truth in JTAPI terms, faults and recovery. */
class SimulatorEnvironmentDriverIT {
    private final SimulatorEnvironmentDriver driver =
            (SimulatorEnvironmentDriver) new SimulatorEnvironmentDriver.Factory().start(3);
    private final String p1 = driver.parties().get(0).id();
    private final String p2 = driver.parties().get(1).id();

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void theProviderStringNamesEveryXspTheCredentialsAndFastTimers() {
        String s = driver.providerString();
        List<Integer> ports = driver.simulator().xspBaseUris().stream().map(u -> u.getPort()).toList();
        String servers = "127.0.0.1:" + ports.get(0) + ",127.0.0.1:" + ports.get(1);
        assertTrue(s.startsWith(servers + ";login=admin@sim.example;"), s);
        assertTrue(s.contains(";users=" + p1 + "," + p2 + ","), s);
        assertTrue(s.contains(";tls=false;heartbeatInterval=250ms"), s);
        assertEquals("x;passwd=secret", driver.expandProviderString("x;passwd=${passwd}"));
        assertEquals(2, driver.serverCount());
        assertEquals(3, driver.parties().size());
        assertEquals(List.of(p1, driver.simulator().user(p1).dn(), driver.simulator().user(p1).extension()),
                driver.parties().get(0).lookupNames());
    }

    @Test
    void aCallBetweenTwoPartiesIsTheTruthAtEveryStep() {
        CallHandle call = driver.dial(p1, p2);
        assertEquals(List.of(call(call, talking(p1), ringing(p2))), driver.truth().calls());
        driver.answer(p2, call);
        assertEquals(List.of(call(call, talking(p1), talking(p2))), driver.truth().calls());
        driver.hold(p1, call);
        assertEquals(List.of(call(call, held(p1), talking(p2))), driver.truth().calls());
        driver.retrieve(p1, call);
        driver.hangUp(p2, call);
        assertEquals(List.of(), driver.truth().calls());
    }

    @Test
    void theExternalPartyIsARemotePartyThatCanAnswerAndHangUpButNotHold() {
        CallHandle out = driver.dial(p1, EnvironmentDriver.EXTERNAL);
        assertEquals(List.of(new SwitchCall(out.id(), List.of(talking(p1)), 1)), driver.truth().calls());
        driver.answer(EnvironmentDriver.EXTERNAL, out);
        assertThrows(ActionRefusedException.class, () -> driver.hold(EnvironmentDriver.EXTERNAL, out));
        driver.hangUp(EnvironmentDriver.EXTERNAL, out);
        CallHandle in = driver.dialFromExternal(p2);
        assertEquals(List.of(new SwitchCall(in.id(), List.of(ringing(p2)), 1)), driver.truth().calls());
    }

    @Test
    void refusedActionsSayWhy() {
        CallHandle call = driver.dial(p1, p2);
        assertThrows(ActionRefusedException.class, () -> driver.answer(p1, call));
        assertThrows(ActionRefusedException.class, () -> driver.hold(p2, call));
        assertThrows(ActionRefusedException.class, () -> driver.hangUp(p1, new CallHandle("nope")));
        driver.inject(new Fault.CallServerCrash(true));
        assertThrows(ActionRefusedException.class, () -> driver.inject(new Fault.CallServerCrash(true)));
    }

    @Test
    void aSilentCrashLeavesForgottenCallsUntilRecoveryProbesTheirParties() {
        CallHandle call = driver.dial(p1, p2);
        driver.answer(p2, call);
        driver.inject(new Fault.CallServerCrash(false));
        SwitchView after = driver.truth();
        assertEquals(List.of(), after.calls());
        assertEquals(List.of(call(call, talking(p1), talking(p2))), after.unsyncedCalls());
        driver.recover();
        assertEquals(new SwitchView(List.of(), List.of()), driver.truth());
        assertTrue(driver.simulator().truth().primaryUp());
    }

    @Test
    void serverFaultsAreRepairedByRecovery() {
        driver.inject(new Fault.KillServer(0));
        driver.inject(new Fault.PartitionServer(1));
        assertFalse(driver.simulator().xspStatus(0).running());
        assertTrue(driver.simulator().xspStatus(1).partitioned());
        driver.recover();
        assertTrue(driver.simulator().xspStatus(0).running());
        assertFalse(driver.simulator().xspStatus(1).partitioned());
    }

    @Test
    void aDeletedPartyLeavesTheEnvironmentAndItsCalls() {
        CallHandle call = driver.dial(p1, p2);
        driver.inject(new Fault.DeleteParty(p2));
        assertEquals(2, driver.parties().size());
        assertEquals(List.of(), driver.truth().calls());
        assertThrows(ActionRefusedException.class, () -> driver.answer(p2, call));
        assertEquals(driver.supportedFaults().size(), 8);
    }

    private static SwitchCall call(CallHandle handle, SwitchParty... parties) {
        return new SwitchCall(handle.id(), List.of(parties), 0);
    }

    private static SwitchParty talking(String party) {
        return new SwitchParty(party, Connection.CONNECTED, TerminalConnection.ACTIVE,
                CallControlTerminalConnection.TALKING);
    }

    private static SwitchParty held(String party) {
        return new SwitchParty(party, Connection.CONNECTED, TerminalConnection.ACTIVE,
                CallControlTerminalConnection.HELD);
    }

    private static SwitchParty ringing(String party) {
        return new SwitchParty(party, Connection.ALERTING, TerminalConnection.RINGING,
                CallControlTerminalConnection.RINGING);
    }
}
