package io.bwjtapi.broadworks.calls;

import io.bwjtapi.broadworks.users.MonitoredUser;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.csta.model.CallParties;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.Party;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Personality;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Projects a call of the CSTA model into the SPI's complete {@link CallUpdate}: one party per connection, in the
 * order they joined. A monitored user's connection is local, carries its device's terminal state and, as handle,
 * the user's Xsi callId; it is left out while the user is not visible to the JTAPI layer (out of service).
 * Connections without legs are remote parties. Names and states follow {@link PartyNames} and {@link StateMapping}.
 */
final class CallProjector {
    private final PartyNames names;

    CallProjector(Supplier<MonitoredUsers> users) {
        this.names = new PartyNames(users);
    }

    PartyNames names() {
        return names;
    }

    /**
     * @param call a call of the model
     * @return an update of the call with its stable id and calling, called and last redirected addresses
     */
    CallUpdate.Builder header(CstaCall call) {
        CallUpdate.Builder b = CallUpdate.builder(StableIds.of(call.ref()));
        CallParties parties = call.parties();
        parties.calling().map(names::name).ifPresent(b::callingAddress);
        parties.calling().flatMap(names::monitored).map(MonitoredUser::terminalName).ifPresent(b::callingTerminal);
        parties.called().map(names::name).ifPresent(b::calledAddress);
        parties.lastRedirected().map(names::name).ifPresent(b::lastRedirectedAddress);
        return b;
    }

    /**
     * @param call a call of the model
     * @param visible which monitored users the JTAPI layer currently sees
     * @return every party the layer is to know, by device, in the order they joined
     */
    Map<DeviceId, ConnectionUpdate> parties(CstaCall call, Predicate<String> visible) {
        Map<DeviceId, ConnectionUpdate> parties = new LinkedHashMap<>();
        for (CstaConnection c : call.connections()) {
            Optional<MonitoredUser> user = c.isMonitored() ? names.monitored(c.device()) : names.monitored(c.party());
            if (user.isPresent() && !visible.test(user.get().userId())) {
                continue;
            }
            Optional<ConnectionUpdate> update = c.isMonitored() ? local(c, user) : Optional.of(remote(call, c, user));
            update.ifPresent(u -> parties.put(c.device(), u));
        }
        return parties;
    }

    /**
     * @param call a call of the model
     * @param visible which monitored users the JTAPI layer currently sees
     * @return the complete update of the call
     */
    CallUpdate project(CstaCall call, Predicate<String> visible) {
        CallUpdate.Builder b = header(call);
        parties(call, visible).values().forEach(b::connection);
        return b.build();
    }

    private Optional<ConnectionUpdate> local(CstaConnection c, Optional<MonitoredUser> user) {
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Leg leg = c.legs().get(0);
        ConnectionUpdate update = ConnectionUpdate.local(user.get().addressName(), StateMapping.local(c.state()))
                .withHandle(leg.callId());
        TerminalConnectionState terminal = StateMapping.terminal(c.state());
        if (terminal != null) {
            update = update.withTerminal(new TerminalUpdate(user.get().terminalName(), terminal,
                    leg.call().allowAnswer()));
        }
        return Optional.of(update);
    }

    private ConnectionUpdate remote(CstaCall call, CstaConnection c, Optional<MonitoredUser> user) {
        Party party = c.party();
        if (user.isPresent()) {
            // A monitored user known only from the other side so far: its own half has not been reported yet.
            return ConnectionUpdate.local(user.get().addressName(), StateMapping.local(c.state()));
        }
        return ConnectionUpdate.remote(names.name(party),
                StateMapping.remote(c.state(), party.isNetwork(), answered(call, c)));
    }

    /** Whether the monitored half the remote party was learned from shows the call answered. */
    private static boolean answered(CstaCall call, CstaConnection placeholder) {
        Optional<LegRef> owner = placeholder.owner();
        if (owner.isEmpty()) {
            return true;
        }
        Optional<Leg> leg = call.connection(owner.get().device()).flatMap(c -> c.leg(owner.get().callId()));
        return leg.map(l -> !(l.call().personality() == Personality.ORIGINATOR
                && l.call().state() == CallState.ALERTING)).orElse(true);
    }
}
