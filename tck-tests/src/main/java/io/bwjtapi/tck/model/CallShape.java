package io.bwjtapi.tck.model;

import io.bwjtapi.tck.driver.SwitchView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A call reduced to what the kit compares between the application's view and the switch: each local
 * party's connection state and terminal connection states, and how many remote parties there are. Two
 * calls with equal shapes are indistinguishable to the comparison.
 *
 * @param locals the local parties' connections, sorted by address
 * @param remoteParties the number of connections at addresses that are no local party's
 */
public record CallShape(List<PartyShape> locals, int remoteParties) {
    /** State that is not compared (the implementation does not report call control). */
    public static final int NOT_COMPARED = -1;

    /** One local party's connection. */
    public record PartyShape(String address, int state, List<TerminalShape> terminals) {
        @Override
        public String toString() {
            return address + " " + StateMachine.CONNECTION.table().nameOf(state) + " " + terminals;
        }
    }

    /** One terminal connection of a local party. */
    public record TerminalShape(String terminal, int state, int callControlState) {
        @Override
        public String toString() {
            return terminal + " " + StateMachine.TERMINAL_CONNECTION.table().nameOf(state)
                    + (callControlState == NOT_COMPARED ? ""
                    : "/" + StateMachine.CALL_CONTROL_TERMINAL_CONNECTION.table().nameOf(callControlState));
        }
    }

    /** The shape of a call in an application's view. */
    public static CallShape of(ApplicationView.ViewCall call, Set<String> localAddresses, boolean callControl) {
        List<PartyShape> locals = new ArrayList<>();
        int remote = 0;
        for (ApplicationView.ViewConnection c : call.connections().values()) {
            if (!localAddresses.contains(c.address())) {
                remote++;
                continue;
            }
            List<TerminalShape> terminals = c.terminalConnections().values().stream()
                    .map(t -> new TerminalShape(t.terminal(), t.state(),
                            callControl ? t.callControlState() : NOT_COMPARED))
                    .sorted(Comparator.comparing(TerminalShape::terminal)).toList();
            locals.add(new PartyShape(c.address(), c.state(), terminals));
        }
        locals.sort(Comparator.comparing(PartyShape::address));
        return new CallShape(List.copyOf(locals), remote);
    }

    /** The shape the switch's truth says a call should have. */
    public static CallShape of(SwitchView.SwitchCall call, Map<String, LocalParty> parties, boolean callControl) {
        List<PartyShape> locals = call.localParties().stream().map(p -> {
            LocalParty party = parties.get(p.party());
            if (party == null) {
                throw new IllegalArgumentException("the switch reports unknown party " + p.party());
            }
            TerminalShape terminal = new TerminalShape(party.terminal(), p.terminalConnectionState(),
                    callControl ? p.callControlTerminalConnectionState() : NOT_COMPARED);
            return new PartyShape(party.address(), p.connectionState(), List.of(terminal));
        }).sorted(Comparator.comparing(PartyShape::address)).collect(Collectors.toList());
        return new CallShape(List.copyOf(locals), call.remoteParties());
    }

    /**
     * Whether this call could be what remains of {@code other} in an application: some of its local parties,
     * unchanged, and at most its remote parties (a partly resynchronised call the switch forgot).
     */
    public boolean isPartOf(CallShape other) {
        return !locals.isEmpty() && other.locals.containsAll(locals) && remoteParties <= other.remoteParties;
    }

    /** The addresses of local parties that show no terminal connection. */
    public Set<String> addressesWithoutTerminals() {
        return locals.stream().filter(p -> p.terminals().isEmpty()).map(PartyShape::address)
                .collect(Collectors.toSet());
    }

    /** This shape with the terminal connections of the parties at {@code addresses} left out. */
    public CallShape withoutTerminalsOf(Set<String> addresses) {
        return new CallShape(locals.stream().map(p -> addresses.contains(p.address())
                ? new PartyShape(p.address(), p.state(), List.of()) : p).toList(), remoteParties);
    }

    @Override
    public String toString() {
        return locals + (remoteParties == 0 ? "" : " + " + remoteParties + " remote");
    }
}
