package io.bwjtapi.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.engine.SwitchEvent.CallChanged;
import io.bwjtapi.simulator.engine.SwitchEvent.HookChanged;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.ForwardingCondition;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.ReleaseCause;
import io.bwjtapi.simulator.model.TruthCall;
import io.bwjtapi.simulator.model.TruthHalf;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of people's actions (dial, answer, hold, retrieve, release, decline, transfer, conference,
 * network answers and hang-ups, time passing) against the engine. Whatever the sequence, the events each
 * user got must tell a consistent story that matches the switch's own state.
 */
class CallEngineProperties {
    private static final int USERS = 4;

    record Action(int kind, int user, int other, int pick, int seconds) {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> action = Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, USERS - 1), Arbitraries.integers().between(0, USERS),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 25)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 150)
    void eventsTellAConsistentStoryWhateverPeopleDo(@ForAll("actions") List<Action> actions) {
        EngineFixture f = new EngineFixture();
        List<String> users = List.of(f.a, f.b, f.c, f.d);
        f.engine.settings().setForwarding(f.d, ForwardingCondition.NO_ANSWER, f.a);
        for (Action action : actions) {
            try {
                apply(f, users, action);
            } catch (SimulatorException refused) {
                // people try things the switch does not allow; that is part of the property
            }
            assertStateMatchesEvents(f, users);
        }
        f.time.advance(Duration.ofMinutes(2));
        assertStateMatchesEvents(f, users);
        assertOnlySettledCallsRemain(f);
        for (String user : users) {
            for (CallSnapshot call : f.engine.calls(user)) {
                try {
                    f.engine.release(user, call.callId());
                } catch (SimulatorException alreadyGone) {
                    // releasing one side released the other
                }
            }
        }
        f.time.advance(Duration.ofMinutes(2));
        assertStateMatchesEvents(f, users);
        assertTrue(f.engine.failover().truth().calls().isEmpty(), "no call is left behind");
        for (String user : users) {
            assertEquals(HookStatus.ON_HOOK, f.engine.hookStatus(user));
        }
    }

    private static void apply(EngineFixture f, List<String> users, Action a) {
        String user = users.get(a.user());
        String other = a.other() == USERS ? "+4930555" + a.pick() : users.get(a.other());
        List<CallSnapshot> calls = f.engine.calls(user);
        CallSnapshot picked = calls.isEmpty() ? null : calls.get(a.pick() % calls.size());
        String callId = picked == null ? "callhalf-0:0" : picked.callId();
        switch (a.kind()) {
            case 0 -> f.engine.dial(user, other);
            case 1 -> f.engine.answer(user, callId);
            case 2 -> f.engine.hold(user, callId);
            case 3 -> f.engine.retrieve(user, callId);
            case 4 -> f.engine.release(user, callId);
            case 5 -> f.engine.decline(user, callId, a.pick() % 2 == 0 ? ReleaseCause.BUSY : null);
            case 6 -> f.engine.blindTransfer(user, callId, other);
            case 7 -> f.engine.consultTransfer(user, callId, calls.isEmpty() ? callId : calls.get(0).callId());
            case 8 -> f.engine.conferenceStart(user, calls.stream().map(CallSnapshot::callId).limit(3).toList());
            case 9 -> f.engine.conferenceRelease(user);
            case 10 -> {
                List<String> external = f.engine.failover().truth().calls().stream()
                        .filter(c -> c.halves().stream().anyMatch(h -> h.external()))
                        .map(c -> c.extTrackingId()).toList();
                if (!external.isEmpty()) {
                    String ext = external.get(a.pick() % external.size());
                    if (a.seconds() % 2 == 0) {
                        f.engine.answerExternal(ext);
                    } else {
                        f.engine.releaseExternal(ext);
                    }
                }
            }
            default -> f.time.advance(Duration.ofSeconds(a.seconds()));
        }
    }

    /** Every user's open calls (per its events) are the calls the switch lists, and hook events match. */
    private static void assertStateMatchesEvents(EngineFixture f, List<String> users) {
        assertSessionsAreWellFormed(f);
        for (String user : users) {
            Map<String, Boolean> open = new HashMap<>();
            Set<String> released = new HashSet<>();
            HookStatus lastHook = HookStatus.ON_HOOK;
            for (SwitchEvent e : f.events) {
                if (!e.user().userId().equals(user)) {
                    continue;
                }
                if (e instanceof HookChanged h) {
                    assertFalse(h.status() == lastHook, "hook events alternate: " + f.names(user));
                    lastHook = h.status();
                } else if (e instanceof CallChanged c) {
                    String id = c.call().callId();
                    assertFalse(released.contains(id), "event after release of " + id + ": " + f.names(user));
                    if (c.type() == CallEventType.RELEASED) {
                        released.add(id);
                        open.remove(id);
                    } else {
                        open.put(id, true);
                    }
                }
            }
            Set<String> listed = new HashSet<>();
            f.engine.calls(user).forEach(c -> listed.add(c.callId()));
            assertEquals(open.keySet(), listed, "open calls of " + user + " per events " + f.names(user));
            assertEquals(lastHook, f.engine.hookStatus(user), "last hook event of " + user + ": " + f.names(user));
        }
    }

    /** Once every timer has run, no call is left ringing or half-connected: each has two connected parties. */
    private static void assertOnlySettledCallsRemain(EngineFixture f) {
        for (TruthCall call : f.engine.failover().truth().calls()) {
            assertEquals(2, call.halves().size(), "a settled call has two parties: " + call);
            assertTrue(call.halves().stream().allMatch(h -> CONNECTED.contains(h.state())), "settled: " + call);
        }
    }

    /** Sessions have one or two halves; partners are connected or ringing; local hold mirrors remote hold. */
    private static void assertSessionsAreWellFormed(EngineFixture f) {
        for (TruthCall call : f.engine.failover().truth().calls()) {
            List<TruthHalf> halves = call.halves();
            assertTrue(halves.size() == 1 || halves.size() == 2, "a session has one or two halves: " + call);
            for (TruthHalf half : halves) {
                if (CONNECTED.contains(half.state()) && halves.size() == 2) {
                    TruthHalf partner = halves.get(halves.get(0) == half ? 1 : 0);
                    // after a blind transfer the transferred party stays connected while the new party rings
                    boolean transferRinging = partner.state() == CallState.ALERTING
                            && partner.personality() == Personality.TERMINATOR;
                    assertTrue(CONNECTED.contains(partner.state()) || transferRinging,
                            "a connected half's partner is connected or a ringing transfer target: " + call);
                    if (half.state() == CallState.REMOTE_HELD) {
                        assertEquals(CallState.HELD, partner.state(), "remote hold mirrors a local hold: " + call);
                    }
                } else if (!CONNECTED.contains(half.state())) {
                    assertEquals(CallState.ALERTING, half.state(), "open halves are connected or alerting: " + call);
                }
            }
        }
    }

    private static final Set<CallState> CONNECTED = Set.of(CallState.ACTIVE, CallState.HELD, CallState.REMOTE_HELD);

    @Property(tries = 30)
    void theSameActionsWithTheSameSeedGiveTheSameEvents(@ForAll("actions") List<Action> actions) {
        EngineFixture first = new EngineFixture();
        EngineFixture second = new EngineFixture();
        for (EngineFixture f : List.of(first, second)) {
            List<String> users = List.of(f.a, f.b, f.c, f.d);
            for (Action action : actions) {
                try {
                    apply(f, users, action);
                } catch (SimulatorException refused) {
                    // as above
                }
            }
        }
        assertEquals(first.events, second.events);
    }
}
