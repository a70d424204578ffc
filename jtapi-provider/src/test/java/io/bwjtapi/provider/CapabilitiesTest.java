package io.bwjtapi.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.Harness;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import org.junit.jupiter.api.Test;

/** The capability objects tell the truth: what they deny throws, what they grant works in that state. */
class CapabilitiesTest {
    @Test
    void staticCapabilitiesMatchWhatTheMethodsDo() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            CallControlCall call = (CallControlCall) h.provider.createCall();
            Connection[] c = call.connect(h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"), "5551234");
            CallControlConnection connection = (CallControlConnection) c[0];
            CallControlTerminalConnection tc = (CallControlTerminalConnection) c[0].getTerminalConnections()[0];
            CallControlAddress address = (CallControlAddress) h.provider.getAddress("1001");
            CallControlTerminal terminal = (CallControlTerminal) h.provider.getTerminal("dev1001");

            CallControlConnectionCapabilities conn = (CallControlConnectionCapabilities)
                    h.provider.getConnectionCapabilities();
            assertTrue(conn.canDisconnect() && conn.canRedirect());
            assertFalse(conn.canAccept() || conn.canReject() || conn.canAddToAddress() || conn.canPark());
            assertThrows(MethodNotSupportedException.class, connection::accept);
            assertThrows(MethodNotSupportedException.class, connection::reject);
            assertThrows(MethodNotSupportedException.class, () -> connection.addToAddress("1"));
            assertThrows(MethodNotSupportedException.class, () -> connection.park("1"));

            CallControlTerminalConnectionCapabilities tcs = (CallControlTerminalConnectionCapabilities)
                    h.provider.getTerminalConnectionCapabilities();
            assertTrue(tcs.canAnswer() && tcs.canHold() && tcs.canUnhold());
            assertFalse(tcs.canJoin() || tcs.canLeave());
            assertThrows(MethodNotSupportedException.class, tc::join);
            assertThrows(MethodNotSupportedException.class, tc::leave);

            CallControlCallCapabilities calls = (CallControlCallCapabilities) h.provider.getCallCapabilities();
            assertTrue(calls.canConnect() && calls.canConference() && calls.canConsult() && calls.canTransfer()
                    && calls.canDrop() && calls.canSetTransferController() && calls.canSetConferenceController());
            assertFalse(calls.canAddParty() || calls.canOffHook() || calls.canConsult(tc));
            assertThrows(MethodNotSupportedException.class, () -> call.addParty("1002"));
            assertThrows(MethodNotSupportedException.class, () -> call.offHook(address, terminal));

            CallControlAddressCapabilities addr = (CallControlAddressCapabilities) h.provider.getAddressCapabilities();
            assertTrue(addr.isObservable());
            assertFalse(addr.canGetDoNotDisturb() || addr.canSetDoNotDisturb() || addr.canGetForwarding()
                    || addr.canSetForwarding() || addr.canCancelForwarding() || addr.canGetMessageWaiting()
                    || addr.canSetMessageWaiting());
            assertThrows(MethodNotSupportedException.class, address::getDoNotDisturb);
            assertThrows(MethodNotSupportedException.class, address::getMessageWaiting);
            assertThrows(MethodNotSupportedException.class, address::cancelForwarding);

            CallControlTerminalCapabilities term = (CallControlTerminalCapabilities)
                    h.provider.getTerminalCapabilities();
            assertFalse(term.canPickup() || term.canPickupFromGroup() || term.canGetDoNotDisturb()
                    || term.canSetDoNotDisturb());
            assertThrows(MethodNotSupportedException.class, terminal::getDoNotDisturb);
            assertThrows(MethodNotSupportedException.class, () -> terminal.pickup(c[1], address));
        }
    }

    @Test
    void dynamicCapabilitiesFollowTheStates() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            String id = h.fake.call("5559876", "1001");
            h.quiet();
            Call call = h.provider.getCalls()[0];
            Connection local = h.provider.getAddress("1001").getConnections()[0];
            Connection remote = call.getConnections()[0];
            TerminalConnection ringing = local.getTerminalConnections()[0];
            CallControlTerminalConnectionCapabilities tcs =
                    (CallControlTerminalConnectionCapabilities) ringing.getCapabilities();
            assertTrue(tcs.canAnswer());
            assertFalse(tcs.canHold() || tcs.canUnhold());
            CallControlConnectionCapabilities alerting = (CallControlConnectionCapabilities) local.getCapabilities();
            assertTrue(alerting.canRedirect() && alerting.canDisconnect());
            assertFalse(((CallControlConnectionCapabilities) remote.getCapabilities()).canDisconnect(),
                    "a remote party cannot be disconnected");

            ringing.answer();
            tcs = (CallControlTerminalConnectionCapabilities) ringing.getCapabilities();
            assertTrue(tcs.canHold());
            assertFalse(tcs.canAnswer() || tcs.canUnhold());
            assertFalse(((CallControlConnectionCapabilities) local.getCapabilities()).canRedirect());
            CallControlCallCapabilities active = (CallControlCallCapabilities) call.getCapabilities(
                    h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"));
            assertTrue(active.canTransfer() && active.canDrop() && active.canTransfer("1002"));
            assertFalse(active.canConnect());
            CallControlCallCapabilities idle = (CallControlCallCapabilities) h.provider.createCall().getCapabilities(
                    h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"));
            assertTrue(idle.canConnect() && idle.canConsult(ringing, "1002"));
            assertFalse(idle.canTransfer());

            ((CallControlTerminalConnection) ringing).hold();
            assertTrue(((CallControlTerminalConnectionCapabilities) ringing.getCapabilities()).canUnhold());
            h.fake.loseConnection();
            h.quiet();
            assertFalse(((CallControlTerminalConnectionCapabilities) ringing.getCapabilities()).canUnhold(),
                    "nothing is possible while out of service");
            assertFalse(((CallControlConnectionCapabilities) local.getCapabilities()).canDisconnect());
            assertTrue(id.startsWith("call-"));
        }
    }
}
