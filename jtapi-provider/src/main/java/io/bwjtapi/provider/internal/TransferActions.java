package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.model.ProviderCore;
import io.bwjtapi.provider.spi.ConnectionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The call-control methods that act on whole calls: drop, blind transfer, consultation transfer and conference,
 * with the JTAPI controller rules (a set controller is used, otherwise a suitable one is picked).
 */
final class TransferActions {
    private static final int TALKING = CallControlTerminalConnection.TALKING;
    private static final int HELD = CallControlTerminalConnection.HELD;

    private final ProviderCore core;
    private final CommandRunner runner;

    TransferActions(ProviderCore core, CommandRunner runner) {
        this.core = core;
        this.runner = runner;
    }

    void drop(CallImpl call) throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        String what = "CallControlCall.drop";
        Guards.providerInService(core, what);
        if (call.getState() != Call.ACTIVE) {
            throw Guards.callState(call, what, "ACTIVE");
        }
        List<ConnectionImpl> local = new ArrayList<>();
        for (Connection c : Parties.live(call)) {
            ConnectionImpl connection = (ConnectionImpl) c;
            if (connection.address().isLocal() && connection.address().inService()) {
                local.add(connection);
            }
        }
        if (local.isEmpty()) {
            throw new PrivilegeViolationException(PrivilegeViolationException.UNKNOWN_VIOLATION, what + ": " + call
                    + " has no party at a monitored device in service that bwjtapi could disconnect");
        }
        CommandRunner.Request request = request(what, call);
        try {
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (ConnectionImpl c : local) {
                sent.add(core.commands().disconnect(c.ref(), c.getState() == Connection.ALERTING));
            }
            for (CompletableFuture<Void> future : sent) {
                runner.send(request, commands -> future);
            }
            runner.awaitPostCondition(request, () -> allDisconnected(local), () -> null);
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidStateException.class, MethodNotSupportedException.class,
                    PrivilegeViolationException.class, ResourceUnavailableException.class);
        } catch (RuntimeException e) {
            throw new ResourceUnavailableException(ResourceUnavailableException.UNKNOWN, what
                    + ": the switch session failed to send the request: " + e);
        }
    }

    Connection blindTransfer(CallImpl call, String destination) throws InvalidArgumentException,
            InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        String what = "CallControlCall.transfer(String)";
        Guards.providerInService(core, what);
        if (call.getState() != Call.ACTIVE) {
            throw Guards.callState(call, what, "ACTIVE");
        }
        TerminalConnectionImpl controller = controller(call.getTransferController(), call, TALKING);
        if (controller == null || controller.getCallControlState() != TALKING) {
            throw new InvalidStateException(call, InvalidStateException.CALL_OBJECT, call.getState(), what
                    + ": the transfer controller must be TALKING; " + call + " has none");
        }
        Guards.deviceInService(controller.connection().address(), what);
        String target = Guards.destination(destination);
        List<Connection> before = Parties.live(call);
        CommandRunner.Request request = request(what, call);
        try {
            runner.send(request, commands -> commands.blindTransfer(controller.connection().ref(), target));
            runner.awaitPostCondition(request, () -> controller.getState() == TerminalConnection.DROPPED, () -> null);
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidArgumentException.class, InvalidPartyException.class, InvalidStateException.class,
                    MethodNotSupportedException.class, PrivilegeViolationException.class,
                    ResourceUnavailableException.class);
        }
        return Parties.newest(call, before);
    }

    void consultTransfer(CallImpl call, Call other) throws InvalidArgumentException, InvalidPartyException,
            InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        String what = "CallControlCall.transfer(Call)";
        CallImpl otherCall = otherCall(call, other, what);
        Guards.providerInService(core, what);
        requireActive(call, what);
        requireActive(otherCall, what);
        TerminalConnectionImpl mine = controller(call.getTransferController(), call, TALKING, HELD);
        TerminalConnectionImpl theirs = mine == null ? null : partner(otherCall, otherCall.getTransferController(),
                mine);
        if (mine == null || theirs == null) {
            throw new InvalidArgumentException(what + ": " + call + " and " + otherCall
                    + " have no transfer controllers on one terminal");
        }
        requireState(mine, what, TALKING, HELD);
        requireState(theirs, what, TALKING, HELD);
        merge(what, call, otherCall, mine, theirs, true);
    }

    void conference(CallImpl call, Call other) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        String what = "CallControlCall.conference";
        CallImpl otherCall = otherCall(call, other, what);
        Guards.providerInService(core, what);
        requireActive(call, what);
        requireActive(otherCall, what);
        TerminalConnectionImpl mine = controller(call.getConferenceController(), call, TALKING);
        TerminalConnectionImpl theirs = mine == null ? null : partner(otherCall, otherCall.getConferenceController(),
                mine);
        if (mine == null || theirs == null) {
            throw new InvalidArgumentException(what + ": " + call + " and " + otherCall
                    + " have no conference controllers on one terminal");
        }
        requireState(mine, what, TALKING);
        requireState(theirs, what, HELD);
        try {
            merge(what, call, otherCall, mine, theirs, false);
        } catch (InvalidPartyException e) {
            throw new InvalidArgumentException(e.getMessage());
        }
    }

    private void merge(String what, CallImpl call, CallImpl other, TerminalConnectionImpl mine,
            TerminalConnectionImpl theirs, boolean transfer) throws InvalidArgumentException, InvalidPartyException,
            InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        Guards.deviceInService(mine.connection().address(), what);
        if (!(transfer ? call.getTransferEnable() && other.getTransferEnable()
                : call.getConferenceEnable() && other.getConferenceEnable())) {
            throw Guards.callState(call, what, "enabled for it (set...Enable(true))");
        }
        ConnectionRef a = mine.connection().ref();
        ConnectionRef b = theirs.connection().ref();
        CommandRunner.Request request = request(what, call);
        try {
            runner.send(request, commands -> transfer ? commands.consultTransfer(a, b, call.getCallId())
                    : commands.conference(a, b, call.getCallId()));
            runner.awaitPostCondition(request, () -> merged(call, other, transfer ? mine : null, transfer ? theirs
                    : null), () -> null);
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidArgumentException.class, InvalidPartyException.class, InvalidStateException.class,
                    MethodNotSupportedException.class, PrivilegeViolationException.class,
                    ResourceUnavailableException.class);
        }
    }

    private static boolean merged(CallImpl call, CallImpl other, TerminalConnectionImpl mine,
            TerminalConnectionImpl theirs) {
        boolean oneLeft = call.getState() == Call.INVALID || other.getState() == Call.INVALID;
        boolean controllersGone = mine == null || mine.getState() == TerminalConnection.DROPPED
                && theirs.getState() == TerminalConnection.DROPPED;
        return oneLeft && controllersGone;
    }

    private CallImpl otherCall(CallImpl call, Call other, String what) throws InvalidArgumentException {
        Guards.owned(core, other, what + ": the other call");
        if (other == call) {
            throw new InvalidArgumentException(what + ": the other call is this call");
        }
        return (CallImpl) other;
    }

    private static void requireActive(CallImpl call, String what) throws InvalidStateException {
        if (call.getState() != Call.ACTIVE) {
            throw Guards.callState(call, what, "ACTIVE");
        }
    }

    private static void requireState(TerminalConnectionImpl tc, String what, int... allowed)
            throws InvalidStateException {
        for (int state : allowed) {
            if (tc.getCallControlState() == state) {
                return;
            }
        }
        StringBuilder names = new StringBuilder();
        for (int state : allowed) {
            names.append(names.length() == 0 ? "" : " or ").append(Names.terminalConnection(state));
        }
        throw Guards.terminalConnectionState(tc, what, names.toString());
    }

    /** The set controller if it is still in the call, else the first local one in one of the states. */
    private static TerminalConnectionImpl controller(TerminalConnection set, CallImpl call, int... states) {
        if (set != null) {
            return (TerminalConnectionImpl) set;
        }
        for (int state : states) {
            TerminalConnectionImpl found = Parties.terminalConnection(call, state);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The other call's controller on the same terminal as {@code mine}. */
    private static TerminalConnectionImpl partner(CallImpl other, TerminalConnection set,
            TerminalConnectionImpl mine) {
        if (set != null) {
            return set.getTerminal() == mine.getTerminal() ? (TerminalConnectionImpl) set : null;
        }
        return Parties.sameTerminal(other, mine);
    }

    private static boolean allDisconnected(List<ConnectionImpl> connections) {
        for (ConnectionImpl c : connections) {
            if (c.getState() != Connection.DISCONNECTED) {
                return false;
            }
        }
        return true;
    }

    private static CommandRunner.Request request(String what, CallImpl call) {
        return new CommandRunner.Request(what, call, InvalidStateException.CALL_OBJECT, call.getState());
    }
}
