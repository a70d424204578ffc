package io.bwjtapi.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.ext.BwSwitchError;
import io.bwjtapi.ext.BwTerminalConnection;
import io.bwjtapi.fake.Harness;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.SwitchCommandException;
import io.bwjtapi.provider.spi.SwitchCommandException.Kind;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;

/** Pre-condition failures, switch refusals, timeouts and unsupported methods. */
class CallControlExceptionsTest {
    private static Connection[] talking(Harness h) throws Exception {
        Call call = h.provider.createCall();
        Connection[] c = call.connect(terminal(h, "1001"), address(h, "1001"), "5551234");
        h.fake.answer("call-1", "5551234");
        h.quiet();
        return c;
    }

    private static Address address(Harness h, String name) throws Exception {
        return h.provider.getAddress(name);
    }

    private static Terminal terminal(Harness h, String user) throws Exception {
        return h.provider.getTerminal("dev" + user);
    }

    private static CallControlTerminalConnection tc(Connection c) {
        return (CallControlTerminalConnection) c.getTerminalConnections()[0];
    }

    @Test
    void callControlIsRefusedWhileTheProviderIsOutOfService() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            Call idle = h.provider.createCall();
            Connection[] c = talking(h);
            h.fake.loseConnection();
            h.quiet();
            InvalidStateException e = assertThrows(InvalidStateException.class, h.provider::createCall);
            assertEquals(InvalidStateException.PROVIDER_OBJECT, e.getObjectType());
            assertSame(h.provider, e.getObject());
            assertThrows(InvalidStateException.class, () -> idle.connect(terminal(h, "1001"), address(h, "1001"), "5"));
            assertThrows(InvalidStateException.class, () -> tc(c[0]).hold());
            assertThrows(InvalidStateException.class, () -> c[0].disconnect());
            assertThrows(InvalidStateException.class, () -> ((CallControlCall) c[0].getCall()).transfer("1002"));
            assertTrue(h.fake.log().stream().noneMatch(line -> line.startsWith("hold")), "nothing was sent");
        }
    }

    @Test
    void callControlIsRefusedAtADeviceOutOfService() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            Connection[] c = talking(h);
            h.fake.sink().deviceOutOfService("1001", ServiceCause.DEVICE_UNAVAILABLE);
            h.quiet();
            assertThrows(InvalidStateException.class, () -> h.provider.createCall().connect(terminal(h, "1001"),
                    address(h, "1001"), "5551234"));
        }
    }

    @Test
    void methodsCheckTheStatesTheSpecificationRequires() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            Connection[] c = talking(h);
            InvalidStateException e = assertThrows(InvalidStateException.class, () -> tc(c[0]).answer());
            assertEquals(InvalidStateException.TERMINAL_CONNECTION_OBJECT, e.getObjectType());
            assertTrue(e.getMessage().contains("RINGING"), e.getMessage());
            assertThrows(InvalidStateException.class, () -> tc(c[0]).unhold());
            assertThrows(InvalidStateException.class, () -> ((CallControlConnection) c[0]).redirect("1002"));
            InvalidStateException busy = assertThrows(InvalidStateException.class,
                    () -> c[0].getCall().connect(terminal(h, "1001"), address(h, "1001"), "5551234"));
            assertEquals(InvalidStateException.CALL_OBJECT, busy.getObjectType());
            tc(c[0]).hold();
            assertThrows(InvalidStateException.class, () -> tc(c[0]).hold());
            c[0].disconnect();
            assertThrows(InvalidStateException.class, () -> c[0].disconnect());
        }
    }

    @Test
    void argumentsAreValidatedBeforeAnythingIsSent() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002")) {
            Call call = h.provider.createCall();
            assertThrows(InvalidArgumentException.class, () -> call.connect(null, address(h, "1001"), "5551234"));
            assertThrows(InvalidArgumentException.class,
                    () -> call.connect(terminal(h, "1002"), address(h, "1001"), "5551234"));
            InvalidPartyException empty = assertThrows(InvalidPartyException.class,
                    () -> call.connect(terminal(h, "1001"), address(h, "1001"), " "));
            assertEquals(InvalidPartyException.DESTINATION_PARTY, empty.getType());
            assertThrows(InvalidPartyException.class,
                    () -> call.connect(terminal(h, "1001"), address(h, "1001"), "555 1234"));
            Connection[] c = call.connect(terminal(h, "1001"), address(h, "1001"), "5551234");
            CallControlCall active = (CallControlCall) c[0].getCall();
            assertThrows(InvalidArgumentException.class, () -> active.transfer(active));
            assertThrows(InvalidArgumentException.class, () -> active.conference(active));
            assertThrows(InvalidArgumentException.class,
                    () -> ((CallControlCall) h.provider.createCall()).setTransferController(tc(c[0])));
            assertThrows(InvalidArgumentException.class, () -> ((BwTerminalConnection) tc(c[0])).generateDtmf("12x"));
            assertEquals(List.of("makeCall 1001 dev1001 5551234"), h.fake.log());
        }
    }

    @Test
    void aRefusedPlacementMapsToTheDeclaredExceptionWithTheBroadWorksDetailsAndLeavesTheCallIdle() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            Call call = h.provider.createCall();
            h.fake.failNext(new SwitchCommandException(Kind.INVALID_PARTY, 2021, 400, "Invalid address: 999"));
            InvalidPartyException e = assertThrows(InvalidPartyException.class,
                    () -> call.connect(terminal(h, "1001"), address(h, "1001"), "999"));
            assertTrue(e.getMessage().contains("errorCode 2021") && e.getMessage().contains("Invalid address: 999"),
                    e.getMessage());
            BwSwitchError error = BwSwitchError.of(e);
            assertNotNull(error);
            assertEquals(2021, error.getErrorCode());
            assertEquals(400, error.getHttpStatus());
            assertEquals(Call.IDLE, call.getState());
            assertEquals(2, call.connect(terminal(h, "1001"), address(h, "1001"), "5551234").length,
                    "the idle call can be placed again");
        }
    }

    @Test
    void eachKindOfRefusalBecomesTheMatchingJtapiException() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            Connection[] c = talking(h);
            h.fake.failNext(new SwitchCommandException(Kind.CALL_GONE, 4004, 404, "Call not found"));
            InvalidStateException gone = assertThrows(InvalidStateException.class, () -> tc(c[0]).hold());
            assertTrue(gone.getMessage().contains("no longer exists"), gone.getMessage());
            h.fake.failNext(new SwitchCommandException(Kind.NOT_PERMITTED, -1, 403, "Forbidden"));
            assertThrows(PrivilegeViolationException.class, () -> tc(c[0]).hold());
            h.fake.failNext(new SwitchCommandException(Kind.NOT_SUPPORTED, 9999, 400, "Service not assigned"));
            assertThrows(MethodNotSupportedException.class, () -> tc(c[0]).hold());
            h.fake.failNext(new SwitchCommandException(Kind.RESOURCE_UNAVAILABLE, -1, 503, "Overloaded"));
            assertThrows(ResourceUnavailableException.class, () -> tc(c[0]).hold());
            h.fake.failNext(SwitchCommandException.of(Kind.TRANSPORT, "connection reset"));
            ResourceUnavailableException transport = assertThrows(ResourceUnavailableException.class,
                    () -> c[0].disconnect());
            assertInstanceOf(SwitchCommandException.class, transport.getCause());
            h.fake.failNext(new SwitchCommandException(Kind.INVALID_PARTY, 1, 400, "bad"));
            assertThrows(ResourceUnavailableException.class, () -> tc(c[0]).hold(),
                    "hold declares no InvalidPartyException; the fallback is used");
            assertEquals(CallControlTerminalConnection.TALKING, tc(c[0]).getCallControlState());
        }
    }

    @Test
    void aSwitchThatDoesNotAnswerTimesOutWithAClearException() throws Exception {
        try (Harness h = Harness.start(";requestTimeout=300ms;postConditionTimeout=300ms", "1001")) {
            Connection[] c = talking(h);
            h.fake.hangNext();
            ResourceUnavailableException silent = assertThrows(ResourceUnavailableException.class,
                    () -> tc(c[0]).hold());
            assertTrue(silent.getMessage().contains("requestTimeout"), silent.getMessage());
            h.fake.silentNext();
            PlatformException unreported = assertThrows(PlatformException.class, () -> tc(c[0]).hold());
            assertTrue(unreported.getMessage().contains("postConditionTimeout"), unreported.getMessage());
        }
    }

    @Test
    void answeringIsRefusedWhenBroadWorksDoesNotAllowIt() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            h.fake.sink().callChanged(CallUpdate.of("x1",
                    ConnectionUpdate.remote("5559876", ConnectionState.ESTABLISHED),
                    ConnectionUpdate.local("1001", ConnectionState.ALERTING,
                            new TerminalUpdate("dev1001", TerminalConnectionState.RINGING, false))));
            h.quiet();
            TerminalConnection ringing = terminal(h, "1001").getTerminalConnections()[0];
            ResourceUnavailableException e = assertThrows(ResourceUnavailableException.class, ringing::answer);
            assertEquals(ResourceUnavailableException.USER_RESPONSE, e.getType());
            assertTrue(!ringing.getCapabilities().canAnswer());
        }
    }

    @Test
    void whatBroadWorksCannotDoIsNotSupportedWithAReason() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            Connection[] c = talking(h);
            CallControlConnection connection = (CallControlConnection) c[0];
            CallControlCall call = (CallControlCall) c[0].getCall();
            CallControlCall idle = (CallControlCall) h.provider.createCall();
            List<org.junit.jupiter.api.function.Executable> unsupported = List.of(
                    connection::accept, connection::reject, () -> connection.addToAddress("1"),
                    () -> connection.park("1999"), tc(c[0])::join, tc(c[0])::leave,
                    () -> call.addParty("1002"), () -> idle.consult(tc(c[0])),
                    () -> idle.offHook(address(h, "1001"), terminal(h, "1001")),
                    () -> ((javax.telephony.callcontrol.CallControlAddress) address(h, "1001")).setDoNotDisturb(true),
                    () -> ((javax.telephony.callcontrol.CallControlAddress) address(h, "1001")).getForwarding(),
                    () -> ((javax.telephony.callcontrol.CallControlTerminal) terminal(h, "1001"))
                            .pickupFromGroup(address(h, "1001")));
            for (org.junit.jupiter.api.function.Executable call1 : unsupported) {
                MethodNotSupportedException e = assertThrows(MethodNotSupportedException.class, call1);
                assertTrue(e.getMessage().contains("not supported"), e.getMessage());
            }
        }
    }
}
