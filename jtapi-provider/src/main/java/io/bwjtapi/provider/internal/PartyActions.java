package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.model.ProviderCore;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The call-control methods of connections and terminal connections: disconnect, redirect, answer, hold,
 * unhold and DTMF. Each checks its pre-conditions, sends its command and returns when its post-condition
 * holds in the model.
 */
final class PartyActions {
    private static final String DTMF = "[0-9*#A-Da-d,]{1,64}";

    private final ProviderCore core;
    private final CommandRunner runner;

    PartyActions(ProviderCore core, CommandRunner runner) {
        this.core = core;
        this.runner = runner;
    }

    void disconnect(ConnectionImpl c) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        String what = "Connection.disconnect";
        Guards.providerInService(core, what);
        Guards.localParty(c, what);
        int state = c.getState();
        if (state != Connection.CONNECTED && state != Connection.ALERTING && state != Connection.INPROGRESS
                && state != Connection.FAILED) {
            throw Guards.connectionState(c, what, "CONNECTED, ALERTING, INPROGRESS or FAILED");
        }
        Guards.deviceInService(c.address(), what);
        boolean decline = state == Connection.ALERTING;
        CommandRunner.Request request = request(what, c);
        try {
            runner.send(request, commands -> commands.disconnect(c.ref(), decline));
            runner.awaitPostCondition(request, () -> c.getState() == Connection.DISCONNECTED, () -> null);
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidStateException.class, MethodNotSupportedException.class,
                    PrivilegeViolationException.class, ResourceUnavailableException.class);
        }
    }

    Connection redirect(ConnectionImpl c, String destination) throws InvalidPartyException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        String what = "CallControlConnection.redirect";
        Guards.providerInService(core, what);
        Guards.localParty(c, what);
        int state = c.getCallControlState();
        if (state != CallControlConnection.ALERTING && state != CallControlConnection.OFFERED) {
            throw Guards.connectionState(c, what, "OFFERED or ALERTING");
        }
        Guards.deviceInService(c.address(), what);
        String target = Guards.destination(destination);
        CallImpl call = c.call();
        List<Connection> before = Parties.live(call);
        CommandRunner.Request request = request(what, c);
        try {
            runner.send(request, commands -> commands.redirect(c.ref(), target));
            runner.awaitPostCondition(request, () -> c.getState() == Connection.DISCONNECTED, () -> null);
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidPartyException.class, InvalidStateException.class,
                    MethodNotSupportedException.class, PrivilegeViolationException.class,
                    ResourceUnavailableException.class);
        }
        return Parties.newest(call, before);
    }

    void answer(TerminalConnectionImpl tc) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        String what = "TerminalConnection.answer";
        Guards.providerInService(core, what);
        if (tc.getState() != TerminalConnection.RINGING) {
            throw Guards.terminalConnectionState(tc, what, "RINGING");
        }
        if (tc.connection().getState() != Connection.ALERTING) {
            throw Guards.connectionState(tc.connection(), what, "ALERTING");
        }
        Guards.deviceInService(tc.connection().address(), what);
        if (!tc.answerAllowed()) {
            throw new ResourceUnavailableException(ResourceUnavailableException.USER_RESPONSE, "BroadWorks does not "
                    + "allow answering this call remotely (no allowAnswer); the user must answer it at the device");
        }
        CommandRunner.Request request = request(what, tc);
        try {
            runner.send(request, commands -> commands.answer(tc.connection().ref(), tc.terminal().getName()));
            runner.awaitPostCondition(request, () -> tc.getState() == TerminalConnection.ACTIVE
                    && tc.connection().getState() == Connection.CONNECTED, () -> dropped(tc, what));
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidStateException.class, MethodNotSupportedException.class,
                    PrivilegeViolationException.class, ResourceUnavailableException.class);
        }
    }

    void hold(TerminalConnectionImpl tc) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        holdOrUnhold(tc, "CallControlTerminalConnection.hold", CallControlTerminalConnection.TALKING,
                CallControlTerminalConnection.HELD);
    }

    void unhold(TerminalConnectionImpl tc) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        holdOrUnhold(tc, "CallControlTerminalConnection.unhold", CallControlTerminalConnection.HELD,
                CallControlTerminalConnection.TALKING);
    }

    private void holdOrUnhold(TerminalConnectionImpl tc, String what, int from, int to) throws InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        Guards.providerInService(core, what);
        if (tc.getCallControlState() != from) {
            throw Guards.terminalConnectionState(tc, what, Names.terminalConnection(from));
        }
        Guards.deviceInService(tc.connection().address(), what);
        CommandRunner.Request request = request(what, tc);
        try {
            runner.send(request, commands -> to == CallControlTerminalConnection.HELD
                    ? commands.hold(tc.connection().ref(), tc.terminal().getName())
                    : commands.unhold(tc.connection().ref(), tc.terminal().getName()));
            runner.awaitPostCondition(request, () -> tc.getCallControlState() == to, () -> dropped(tc, what));
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidStateException.class, MethodNotSupportedException.class,
                    PrivilegeViolationException.class, ResourceUnavailableException.class);
        }
    }

    void generateDtmf(TerminalConnectionImpl tc, String digits) throws InvalidArgumentException,
            InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        String what = "BwTerminalConnection.generateDtmf";
        if (digits == null || !digits.matches(DTMF)) {
            throw new InvalidArgumentException("DTMF digits must be 1 to 64 of 0-9 * # A-D and ',' (pause)");
        }
        Guards.providerInService(core, what);
        if (tc.getCallControlState() != CallControlTerminalConnection.TALKING) {
            throw Guards.terminalConnectionState(tc, what, "TALKING");
        }
        Guards.deviceInService(tc.connection().address(), what);
        try {
            runner.send(request(what, tc), commands -> commands.sendDtmf(tc.connection().ref(), digits));
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidArgumentException.class, InvalidStateException.class,
                    MethodNotSupportedException.class, PrivilegeViolationException.class,
                    ResourceUnavailableException.class);
        }
    }

    private static Exception dropped(TerminalConnectionImpl tc, String what) {
        return tc.getState() == TerminalConnection.DROPPED
                ? Guards.terminalConnectionState(tc, what, "to stay in the call until the request took effect")
                : null;
    }

    private static CommandRunner.Request request(String what, ConnectionImpl c) {
        return new CommandRunner.Request(what, c, javax.telephony.InvalidStateException.CONNECTION_OBJECT,
                c.getState());
    }

    private static CommandRunner.Request request(String what, TerminalConnectionImpl tc) {
        return new CommandRunner.Request(what, tc, javax.telephony.InvalidStateException.TERMINAL_CONNECTION_OBJECT,
                tc.getState());
    }
}
