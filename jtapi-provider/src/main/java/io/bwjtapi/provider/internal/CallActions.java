package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import io.bwjtapi.provider.domain.Unsupported;
import io.bwjtapi.provider.model.ProviderCore;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import io.bwjtapi.provider.spi.SwitchCommands;

/**
 * The call-control methods, implemented over the switch commands: each checks the JTAPI pre-conditions
 * (throwing {@link InvalidStateException}, {@link InvalidArgumentException} or {@link InvalidPartyException}),
 * sends the command, and returns once the post-condition holds in the model. Calls the application places are
 * bound to the switch's call id before their first report is applied, so the application keeps its object.
 */
public final class CallActions {
    private final ProviderCore core;
    private final CommandRunner runner;
    private final PartyActions parties;
    private final TransferActions transfers;

    /** @param core the provider */
    public CallActions(ProviderCore core) {
        this.core = core;
        this.runner = new CommandRunner(core);
        this.parties = new PartyActions(core, runner);
        this.transfers = new TransferActions(core, runner);
    }

    /** @see Call#connect(Terminal, Address, String) */
    public Connection[] connect(CallImpl call, Terminal terminal, Address address, String destination)
            throws InvalidArgumentException, InvalidPartyException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        String what = "Call.connect";
        if (terminal == null || address == null || destination == null) {
            throw new InvalidArgumentException(what + ": terminal, address and destination must not be null");
        }
        Guards.providerInService(core, what);
        AddressImpl origin = core.domain().address(address.getName());
        TerminalImpl device = core.domain().terminal(terminal.getName());
        if (origin != address || device != terminal) {
            throw new InvalidArgumentException(what + ": " + address + " or " + terminal
                    + " is not part of this provider's domain");
        }
        if (device.address() != origin) {
            throw new InvalidArgumentException(what + ": " + terminal + " is not a terminal of " + address);
        }
        String target = Guards.destination(destination);
        try {
            return place(call, origin, what, commands -> commands.makeCall(origin.getName(), device.getName(), target));
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidArgumentException.class, InvalidPartyException.class, InvalidStateException.class,
                    MethodNotSupportedException.class, PrivilegeViolationException.class,
                    ResourceUnavailableException.class);
        }
    }

    /** @see javax.telephony.callcontrol.CallControlCall#consult(TerminalConnection, String) */
    public Connection[] consult(CallImpl call, TerminalConnection controller, String destination)
            throws InvalidArgumentException, InvalidPartyException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        String what = "CallControlCall.consult";
        Guards.owned(core, controller, what + ": the controller");
        TerminalConnectionImpl held = (TerminalConnectionImpl) controller;
        if (held.connection().call() == call) {
            throw new InvalidArgumentException(what + ": the controller belongs to the consultation call itself");
        }
        Guards.providerInService(core, what);
        if (held.getCallControlState() != CallControlTerminalConnection.TALKING) {
            throw Guards.terminalConnectionState(held, what, "TALKING");
        }
        if (held.connection().call().getState() != Call.ACTIVE) {
            throw Guards.callState(held.connection().call(), what, "ACTIVE");
        }
        String target = Guards.destination(destination);
        try {
            Connection[] placed = place(call, held.connection().address(), what, commands -> commands.consult(
                    held.connection().ref(), held.terminal().getName(), target));
            runner.awaitPostCondition(new CommandRunner.Request(what, held,
                    InvalidStateException.TERMINAL_CONNECTION_OBJECT, held.getState()),
                    () -> held.getCallControlState() == CallControlTerminalConnection.HELD, () -> null);
            return placed;
        } catch (CommandFailure f) {
            throw f.rethrow(InvalidArgumentException.class, InvalidPartyException.class, InvalidStateException.class,
                    MethodNotSupportedException.class, PrivilegeViolationException.class,
                    ResourceUnavailableException.class);
        }
    }

    /** Places an idle call from an origin and waits until it has its two connections. */
    private Connection[] place(CallImpl call, AddressImpl origin, String what,
            Function<SwitchCommands, CompletableFuture<String>> command) throws InvalidStateException,
            CommandFailure {
        Guards.deviceInService(origin, what);
        if (!call.startPlacing()) {
            throw Guards.callState(call, what, "IDLE and not already being placed");
        }
        Object registration = core.model().call(() -> core.engine().expectOrigin(call, origin));
        String id;
        CommandRunner.Request request = new CommandRunner.Request(what, call, InvalidStateException.CALL_OBJECT,
                call.getState());
        try {
            id = runner.send(request, command);
        } catch (CommandFailure f) {
            core.model().run(() -> core.engine().originResolved(registration, null));
            call.placingFailed();
            throw f;
        }
        core.model().run(() -> core.engine().originResolved(registration, id));
        Connection[][] result = new Connection[1][];
        runner.awaitPostCondition(request, () -> {
            result[0] = Parties.placed(call, Parties.at(call, origin));
            return result[0] != null;
        }, () -> call.getState() == Call.INVALID || call.getCallId() == null
                ? new ResourceUnavailableException(ResourceUnavailableException.ORIGINATOR_UNAVAILABLE, what
                        + ": the switch accepted the call (id " + id + ") but it ended before both parties were "
                        + "reported, for example because the originating device did not go off hook") : null);
        return result[0];
    }

    /** @see javax.telephony.callcontrol.CallControlCall#drop() */
    public void drop(CallImpl call) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        transfers.drop(call);
    }

    /** @see javax.telephony.callcontrol.CallControlCall#transfer(String) */
    public Connection transfer(CallImpl call, String destination) throws InvalidArgumentException,
            InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        return transfers.blindTransfer(call, destination);
    }

    /** @see javax.telephony.callcontrol.CallControlCall#transfer(Call) */
    public void transfer(CallImpl call, Call other) throws InvalidArgumentException, InvalidPartyException,
            InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        transfers.consultTransfer(call, other);
    }

    /** @see javax.telephony.callcontrol.CallControlCall#conference(Call) */
    public void conference(CallImpl call, Call other) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException {
        transfers.conference(call, other);
    }

    /** @see Connection#disconnect() */
    public void disconnect(ConnectionImpl connection) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        parties.disconnect(connection);
    }

    /** @see javax.telephony.callcontrol.CallControlConnection#redirect(String) */
    public Connection redirect(ConnectionImpl connection, String destination) throws InvalidPartyException,
            InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        return parties.redirect(connection, destination);
    }

    /** @see TerminalConnection#answer() */
    public void answer(TerminalConnectionImpl tc) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        parties.answer(tc);
    }

    /** @see CallControlTerminalConnection#hold() */
    public void hold(TerminalConnectionImpl tc) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        parties.hold(tc);
    }

    /** @see CallControlTerminalConnection#unhold() */
    public void unhold(TerminalConnectionImpl tc) throws InvalidStateException, MethodNotSupportedException,
            PrivilegeViolationException, ResourceUnavailableException {
        parties.unhold(tc);
    }

    /** @see io.bwjtapi.ext.BwTerminalConnection#generateDtmf(String) */
    public void generateDtmf(TerminalConnectionImpl tc, String digits) throws InvalidArgumentException,
            InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException {
        parties.generateDtmf(tc, digits);
    }

    /**
     * Checks a controller for {@code setTransferController}/{@code setConferenceController}.
     *
     * @param call the call
     * @param controller the proposed controller
     * @param what the method
     * @return the controller
     * @throws InvalidArgumentException if it is not a terminal connection of this call
     * @throws InvalidStateException if the provider is not in service, the call not active or it is dropped
     */
    public TerminalConnectionImpl checkController(CallImpl call, TerminalConnection controller, String what)
            throws InvalidArgumentException, InvalidStateException {
        Guards.owned(core, controller, what + ": the controller");
        TerminalConnectionImpl tc = (TerminalConnectionImpl) controller;
        if (tc.connection().call() != call) {
            throw new InvalidArgumentException(what + ": " + tc + " is not part of " + call);
        }
        Guards.providerInService(core, what);
        if (call.getState() != Call.ACTIVE) {
            throw Guards.callState(call, what, "ACTIVE");
        }
        if (tc.getState() == TerminalConnection.DROPPED) {
            throw Guards.terminalConnectionState(tc, what, "not DROPPED");
        }
        return tc;
    }

    /**
     * @param call the call
     * @param what the method
     * @throws InvalidStateException if the provider is not in service or the call is not idle
     */
    public void checkIdleForEnable(CallImpl call, String what) throws InvalidStateException {
        Guards.providerInService(core, what);
        if (call.getState() != Call.IDLE) {
            throw Guards.callState(call, what, "IDLE");
        }
    }

    /** @param call the call @return never; single-step conference is not offered by BroadWorks */
    public Connection addParty(CallImpl call) throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks("CallControlCall.addParty (single-step conference; use consult and "
                + "conference)");
    }

    /** @param call the call @return never; BroadWorks places calls with a destination only */
    public Connection consultWithoutDestination(CallImpl call) throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks("CallControlCall.consult without a destination (dial tone on the device)");
    }

    /** @param call the call @return never; BroadWorks cannot take a device off hook */
    public Connection offHook(CallImpl call) throws MethodNotSupportedException {
        throw Unsupported.byBroadWorks("CallControlCall.offHook (taking a device off hook)");
    }
}
