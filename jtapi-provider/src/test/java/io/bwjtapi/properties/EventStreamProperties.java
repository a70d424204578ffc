package io.bwjtapi.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.Harness;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.MergeKind;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.ConnCreatedEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnCreatedEv;
import javax.telephony.events.TermConnEv;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random sequences of switch facts, including impossible ones and failovers, never make the layer report
 * anything the specification forbids: every observed state change follows the transition tables, nothing is
 * reported twice, a call's last event to an observer is its observation end, listener groups are bracketed,
 * and the model the application reads stays consistent.
 */
class EventStreamProperties {
    private static final List<String> LOCAL = List.of("1001", "1002");
    private static final List<String> PARTIES = List.of("1001", "1002", "5551", "5552");

    @Property(tries = 60)
    void observersAndListenersSeeOnlyWhatTheSpecificationAllows(@ForAll("scripts") List<Fact> script,
            @ForAll boolean clearCalls) throws Exception {
        try (Harness h = Harness.start(clearCalls ? ";failoverStyle=clear-calls" : "", "1001", "1002")
                .observe("1001", "1002")) {
            for (Fact fact : script) {
                fact.apply(h);
            }
            h.quiet();
            checkObserverStream(h.observer.raw());
            checkListenerStream(h.listener.raw());
            checkModel(h.provider);
        }
    }

    private static void checkObserverStream(List<Ev> events) {
        Map<Object, Integer> states = new IdentityHashMap<>();
        Map<Object, String> calls = new IdentityHashMap<>();
        for (Ev ev : events) {
            if (!(ev instanceof CallEv)) {
                continue;
            }
            Call call = ((CallEv) ev).getCall();
            String status = calls.get(call);
            if ("ended".equals(status) || status == null) {
                assertTrue(ev instanceof CallActiveEv, "a call is first reported active: " + ev);
                calls.put(call, "active");
                continue;
            }
            assertTrue(!"invalid".equals(status) || ev instanceof CallObservationEndedEv,
                    "nothing but the observation end follows CallInvalidEv: " + ev);
            if (ev instanceof CallObservationEndedEv) {
                calls.put(call, "ended");
                forget(states, call);
            } else if (ev instanceof CallInvalidEv) {
                calls.put(call, "invalid");
            } else if (ev instanceof ConnCreatedEv) {
                assertEquals(null, states.put(((ConnEv) ev).getConnection(), Connection.IDLE), "created twice");
            } else if (ev instanceof TermConnCreatedEv) {
                assertEquals(null, states.put(((TermConnEv) ev).getTerminalConnection(), TerminalConnection.IDLE),
                        "created twice");
            } else if (ev instanceof TermConnEv && ev.getID() < 200) {
                move(states, ((TermConnEv) ev).getTerminalConnection(), terminalState(ev.getID()), false, ev);
            } else if (ev instanceof ConnEv && ev.getID() < 200) {
                move(states, ((ConnEv) ev).getConnection(), connectionState(ev.getID()), true, ev);
            }
        }
    }

    private static void move(Map<Object, Integer> states, Object subject, int to, boolean connection, Ev ev) {
        Integer from = states.get(subject);
        assertNotNull(from, "a state change of an object never created for this observer: " + ev);
        boolean legal = connection ? SpecificationOracle.connectionMayMove(from, to)
                : SpecificationOracle.terminalConnectionMayMove(from, to);
        assertTrue(legal, from + " -> " + to + " is not a legal transition: " + ev);
        states.put(subject, to);
    }

    private static void forget(Map<Object, Integer> states, Call call) {
        states.keySet().removeIf(subject -> subject instanceof Connection ? ((Connection) subject).getCall() == call
                : ((TerminalConnection) subject).getConnection().getCall() == call);
    }

    private static int connectionState(int id) {
        switch (id) {
            case 109: return Connection.INPROGRESS;
            case 104: return Connection.ALERTING;
            case 105: return Connection.CONNECTED;
            case 107: return Connection.DISCONNECTED;
            case 108: return Connection.FAILED;
            default: return Connection.UNKNOWN;
        }
    }

    private static int terminalState(int id) {
        switch (id) {
            case 119: return TerminalConnection.RINGING;
            case 115: return TerminalConnection.ACTIVE;
            case 118: return TerminalConnection.PASSIVE;
            case 117: return TerminalConnection.DROPPED;
            default: return TerminalConnection.UNKNOWN;
        }
    }

    private static void checkListenerStream(List<Event> events) {
        MetaEvent open = null;
        for (Event event : events) {
            if (event instanceof MetaEvent) {
                boolean started = event.getID() % 2 == 0;
                if (started) {
                    assertEquals(null, open, "meta groups do not nest: " + event);
                    open = (MetaEvent) event;
                } else {
                    assertNotNull(open, "an ended meta event closes an open group: " + event);
                    assertEquals(open.getID() + 1, event.getID(), "the group closes with its own kind");
                    open = null;
                }
            } else if (event instanceof CallEvent && event.getID() != CallEvent.CALL_EVENT_TRANSMISSION_ENDED) {
                assertNotNull(open, "call events come inside a meta group: " + event);
                assertSame(open, event.getMetaEvent());
            }
        }
        assertEquals(null, open, "every group is closed");
    }

    private static void checkModel(Provider provider) throws Exception {
        Call[] calls = provider.getCalls();
        for (int i = 0; calls != null && i < calls.length; i++) {
            assertNotEquals(Call.INVALID, calls[i].getState());
            Connection[] connections = calls[i].getConnections();
            for (int j = 0; connections != null && j < connections.length; j++) {
                assertNotEquals(Connection.DISCONNECTED, connections[j].getState());
                TerminalConnection[] tcs = connections[j].getTerminalConnections();
                for (int k = 0; tcs != null && k < tcs.length; k++) {
                    assertNotEquals(TerminalConnection.DROPPED, tcs[k].getState());
                }
            }
        }
        for (String name : LOCAL) {
            Address address = provider.getAddress(name);
            Connection[] connections = address.getConnections();
            for (int i = 0; connections != null && i < connections.length; i++) {
                assertSame(address, connections[i].getAddress());
                assertNotEquals(Call.INVALID, connections[i].getCall().getState());
            }
        }
    }

    @Provide
    Arbitrary<List<Fact>> scripts() {
        Arbitrary<Fact> update = updates().map(Fact.Update::new);
        Arbitrary<Fact> merge = Combinators.combine(Arbitraries.of(MergeKind.class), updates().list().ofMinSize(1)
                .ofMaxSize(2)).as(Fact.Merge::new);
        Arbitrary<Fact> removed = callIds().map(Fact.Removed::new);
        Arbitrary<Fact> lost = Arbitraries.just(new Fact.Lost());
        Arbitrary<Fact> restored = updates().list().ofMaxSize(3).map(Fact.Restored::new);
        Arbitrary<Fact> resynced = Combinators.combine(Arbitraries.of(LOCAL), updates().list().ofMaxSize(2))
                .as(Fact.Resynced::new);
        Arbitrary<Fact> out = Arbitraries.of(LOCAL).map(Fact.DeviceOut::new);
        Arbitrary<Fact> leave = Arbitraries.just(new Fact.LeaveCalls());
        Arbitrary<Fact> rejoin = Arbitraries.of(LOCAL).map(Fact.Rejoin::new);
        return Arbitraries.frequencyOf(
                Tuple.of(12, update), Tuple.of(2, merge), Tuple.of(1, removed),
                Tuple.of(1, lost), Tuple.of(2, restored),
                Tuple.of(1, resynced), Tuple.of(1, out), Tuple.of(1, leave),
                Tuple.of(1, rejoin))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    private static Arbitrary<String> callIds() {
        return Arbitraries.of("c1", "c2");
    }

    /** Mostly the states of real calls, in any order, and now and then any other. */
    private static Arbitrary<ConnectionState> connectionStates() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(ConnectionState.ALERTING, ConnectionState.ESTABLISHED,
                        ConnectionState.DISCONNECTED)),
                Tuple.of(1, Arbitraries.of(ConnectionState.class)));
    }

    private static Arbitrary<TerminalConnectionState> terminalStates() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TerminalConnectionState.RINGING,
                        TerminalConnectionState.TALKING, TerminalConnectionState.HELD,
                        TerminalConnectionState.DROPPED)),
                Tuple.of(1, Arbitraries.of(TerminalConnectionState.class)));
    }

    private static Arbitrary<CallUpdate> updates() {
        Arbitrary<ConnectionUpdate> party = Combinators.combine(Arbitraries.of(PARTIES), connectionStates(),
                terminalStates(),
                Arbitraries.of(SwitchCause.NORMAL, SwitchCause.BUSY, SwitchCause.TRANSFER))
                .as((name, state, tc, cause) -> {
                    boolean local = LOCAL.contains(name);
                    ConnectionUpdate cu = local ? ConnectionUpdate.local(name, state)
                            : ConnectionUpdate.remote(name, state);
                    return local ? cu.withCause(cause).withTerminal(TerminalUpdate.of("dev" + name, tc))
                            : cu.withCause(cause);
                });
        return Combinators.combine(callIds(), party.list().ofMinSize(1).ofMaxSize(3)).as((id, parties) -> {
            CallUpdate.Builder b = CallUpdate.builder(id).callingAddress(parties.get(0).address());
            parties.forEach(b::connection);
            return b.build();
        });
    }
}
