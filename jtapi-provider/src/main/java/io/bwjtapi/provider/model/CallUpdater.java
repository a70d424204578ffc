package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.CallInfo;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.States;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.call.Transitions;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.Domain;
import io.bwjtapi.provider.domain.TerminalImpl;
import io.bwjtapi.provider.event.Causes;
import io.bwjtapi.provider.event.Change;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.telephony.Call;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one call update to the model (model thread only) and records the changes it made, in the order
 * their events are reported. Network facts are applied tolerantly: a state change the transition tables do
 * not allow is dropped and counted, never thrown. Two rules keep the model consistent: a connection that
 * leaves drops its terminal connections first, and a call with no local party left disconnects its remote
 * parties and becomes invalid.
 */
final class CallUpdater {
    private static final Logger LOG = LoggerFactory.getLogger(CallUpdater.class);

    private final ProviderCore core;

    CallUpdater(ProviderCore core) {
        this.core = core;
    }

    /**
     * Applies an update.
     *
     * @param call the call
     * @param update the update
     * @param completeScope for a complete update, the connections it speaks for (those not listed are
     *     disconnected); {@code null} for a delta
     * @param missingCause the cause for connections a complete update no longer lists
     * @param out where the changes go
     */
    void apply(CallImpl call, CallUpdate update, Predicate<ConnectionImpl> completeScope, SwitchCause missingCause,
            List<Change> out) {
        if (call.getState() == Call.INVALID) {
            LOG.debug("{} has ended; report {} dropped", call, update);
            core.stats().droppedFact();
            return;
        }
        updateInfo(call, update);
        Map<ConnectionImpl, Boolean> listed = new IdentityHashMap<>();
        for (ConnectionUpdate cu : update.connections()) {
            ConnectionImpl connection = applyConnection(call, cu, out);
            if (connection != null) {
                listed.put(connection, Boolean.TRUE);
            }
        }
        if (completeScope != null) {
            for (ConnectionImpl c : call.liveConnections()) {
                if (!listed.containsKey(c) && completeScope.test(c)) {
                    leave(c, Causes.of(missingCause), out);
                }
            }
        }
        finish(call, Causes.NORMAL, out);
    }

    /**
     * Disconnects every live connection of a call (the switch forgot it) and makes it invalid.
     *
     * @param call the call
     * @param causes the causes of the disconnects
     * @param out where the changes go
     */
    void clear(CallImpl call, Causes causes, List<Change> out) {
        for (ConnectionImpl c : call.liveConnections()) {
            leave(c, causes, out);
        }
        finish(call, causes, out);
    }

    private void updateInfo(CallImpl call, CallUpdate update) {
        Domain domain = core.domain();
        CallInfo merged = call.info().merge(party(domain, update.callingAddress()),
                domain.terminal(update.callingTerminal()), party(domain, update.calledAddress()),
                party(domain, update.lastRedirectedAddress()));
        call.info(merged);
    }

    private static AddressImpl party(Domain domain, String name) {
        return name == null ? null : domain.party(name, true);
    }

    private ConnectionImpl applyConnection(CallImpl call, ConnectionUpdate cu, List<Change> out) {
        AddressImpl address = core.domain().party(cu.address(), cu.local());
        int target = States.connection(cu.state());
        Causes causes = Causes.of(cu.cause());
        ConnectionImpl connection = call.liveConnection(address);
        if (connection == null) {
            if (cu.state() == ConnectionState.DISCONNECTED) {
                LOG.debug("{}: disconnect of unknown party {} ignored", call, cu.address());
                core.stats().droppedFact();
                return null;
            }
            connection = create(call, address, cu.handle(), causes, out);
        } else if (cu.handle() != null) {
            connection.handle(cu.handle());
        }
        if (target == CallControlConnection.DISCONNECTED) {
            applyTerminals(connection, cu, out);
            leave(connection, causes, out);
        } else {
            move(connection, target, causes, out);
            applyTerminals(connection, cu, out);
        }
        return connection;
    }

    private ConnectionImpl create(CallImpl call, AddressImpl address, String handle, Causes causes, List<Change> out) {
        if (call.getState() == Call.IDLE) {
            call.state(Call.ACTIVE);
            out.add(Change.callActive(call, causes));
        }
        ConnectionImpl connection = call.newConnection(address, handle);
        address.connectionAdded(connection);
        out.add(Change.connectionCreated(connection, causes));
        return connection;
    }

    private void move(ConnectionImpl connection, int target, Causes causes, List<Change> out) {
        int from = connection.getCallControlState();
        if (from == target) {
            return;
        }
        if (!Transitions.connectionAllows(from, target)) {
            LOG.debug("{}: {} -> {} is not a legal transition; dropped", connection, from, target);
            core.stats().illegalTransition();
            return;
        }
        int coreFrom = States.coreOfConnection(from);
        connection.state(target);
        int coreTo = States.coreOfConnection(target);
        out.add(Change.connectionState(connection, coreTo == coreFrom ? Change.UNCHANGED : coreTo, target, causes));
        if (target == CallControlConnection.DISCONNECTED) {
            connection.address().connectionRemoved(connection);
            connection.call().publish();
        }
    }

    private void applyTerminals(ConnectionImpl connection, ConnectionUpdate cu, List<Change> out) {
        for (TerminalUpdate tu : cu.terminals()) {
            TerminalImpl terminal = core.domain().terminal(tu.terminal());
            if (terminal == null || terminal.address() != connection.address()) {
                LOG.debug("{}: terminal {} is not a terminal of {}; ignored", connection, tu.terminal(),
                        connection.address());
                core.stats().droppedFact();
                continue;
            }
            TerminalConnectionImpl tc = connection.liveTerminalConnection(terminal);
            if (tc == null) {
                if (tu.state() == TerminalConnectionState.DROPPED) {
                    continue;
                }
                tc = connection.newTerminalConnection(terminal);
                terminal.terminalConnectionAdded(tc);
                out.add(Change.terminalConnectionCreated(tc, Causes.of(cu.cause())));
            }
            tc.answerAllowed(tu.answerAllowed());
            moveTerminal(tc, States.terminalConnection(tu.state()), Causes.of(cu.cause()), out);
        }
    }

    private void moveTerminal(TerminalConnectionImpl tc, int target, Causes causes, List<Change> out) {
        int from = tc.getCallControlState();
        if (from == target) {
            return;
        }
        if (!Transitions.terminalConnectionAllows(from, target)) {
            LOG.debug("{}: {} -> {} is not a legal transition; dropped", tc, from, target);
            core.stats().illegalTransition();
            return;
        }
        int coreFrom = States.coreOfTerminalConnection(from);
        tc.state(target);
        int coreTo = States.coreOfTerminalConnection(target);
        out.add(Change.terminalConnectionState(tc, coreTo == coreFrom ? Change.UNCHANGED : coreTo, target, causes));
        if (target == CallControlTerminalConnection.DROPPED) {
            tc.terminal().terminalConnectionRemoved(tc);
            tc.connection().publish();
        }
    }

    private void leave(ConnectionImpl connection, Causes causes, List<Change> out) {
        for (TerminalConnectionImpl tc : connection.liveTerminalConnections()) {
            moveTerminal(tc, CallControlTerminalConnection.DROPPED, causes, out);
        }
        move(connection, CallControlConnection.DISCONNECTED, causes, out);
    }

    private void forgetRemote(AddressImpl address) {
        if (address != null) {
            core.domain().forgetRemote(address);
        }
    }

    private void finish(CallImpl call, Causes causes, List<Change> out) {
        if (call.getState() != Call.ACTIVE) {
            return;
        }
        List<ConnectionImpl> live = call.liveConnections();
        boolean anyLocal = false;
        for (ConnectionImpl c : live) {
            anyLocal |= c.address().isLocal();
        }
        if (!anyLocal) {
            for (ConnectionImpl c : live) {
                leave(c, causes, out);
            }
        }
        if (call.liveConnections().isEmpty()) {
            call.state(Call.INVALID);
            out.add(Change.callInvalid(call, causes));
            for (ConnectionImpl c : call.allConnections()) {
                core.domain().forgetRemote(c.address());
            }
            forgetRemote(call.info().calling());
            forgetRemote(call.info().called());
            forgetRemote(call.info().lastRedirected());
            core.calls().invalidated(call);
        }
    }
}
