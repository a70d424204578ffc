package io.bwjtapi.csta.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.support.ModelFixture;
import io.bwjtapi.csta.support.SwitchWorld;
import io.bwjtapi.csta.support.SwitchWorld.Delivery;
import io.bwjtapi.csta.sync.ReconcileResult;
import io.bwjtapi.csta.sync.Reconciler;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The translator fed with event streams of the simulator's real call engine: random call flows for five
 * users, some of them monitored. Every step keeps the model's invariants and the CSTA events replay to exactly
 * the model's connections; damaged streams (dropped, duplicated, swapped events) never break that, and one
 * snapshot per device afterwards brings the model back to what the switch knows, with no stuck call left.
 */
class EventStreamProperties {
    private static final int USERS = 5;

    @Property(tries = 120)
    void aFaithfulStreamLeavesEveryMonitoredDeviceInStepWithTheSwitch(
            @ForAll("scripts") List<Integer> script,
            @ForAll @IntRange(min = 1, max = 31) int monitored, @ForAll @IntRange(min = 1, max = 1000) int seed) {
        SwitchWorld world = run(seed, script, false);
        ModelFixture f = new ModelFixture();
        for (Delivery d : world.emitted) {
            if (isMonitored(world, d.userId(), monitored)) {
                f.deliver(d.userId(), d.data());
            }
        }
        for (String user : monitoredUsers(world, monitored)) {
            ReconcileResult check = new Reconciler().reconcile(f.model, DeviceId.of(user), world.snapshot(user, false));
            assertTrue(check.inSync(), () -> user + " disagrees with the switch: " + check.events() + " / "
                    + check.unsynchronised() + "\nmodel " + f.model + "\nstream " + world.emitted);
        }
    }

    @Property(tries = 150)
    void aDamagedStreamNeverCorruptsTheModelAndOneResyncPerDeviceRestoresTheTruth(
            @ForAll("scripts") List<Integer> script,
            @ForAll @IntRange(min = 1, max = 31) int monitored, @ForAll @IntRange(min = 1, max = 1000) int seed,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 99) Integer> damage) {
        SwitchWorld world = run(seed, script, true);
        ModelFixture f = new ModelFixture();
        for (Delivery d : damaged(world.emitted, damage)) {
            if (isMonitored(world, d.userId(), monitored)) {
                f.deliver(d.userId(), d.data());
            }
        }
        for (String user : monitoredUsers(world, monitored)) {
            f.deliver(user, world.snapshot(user, true));
        }
        for (String user : monitoredUsers(world, monitored)) {
            assertEquals(truth(world.snapshot(user, false)), view(f.model.legsOf(DeviceId.of(user))),
                    () -> user + " after resync; model " + f.model);
        }
    }

    /** Twenty to eighty steps of three numbers each. */
    @Provide
    Arbitrary<List<Integer>> scripts() {
        return Arbitraries.integers().between(0, 9999).list().ofMinSize(60).ofMaxSize(240);
    }

    static SwitchWorld run(int seed, List<Integer> script, boolean allowCrash) {
        SwitchWorld world = new SwitchWorld(seed, USERS);
        world.allowCrash = allowCrash;
        for (int i = 0; i + 2 < script.size(); i += 3) {
            world.step(script.get(i), script.get(i + 1), script.get(i + 2));
        }
        return world;
    }

    /** Drops (under 8), duplicates (under 16) or swaps with the next (under 24) each event, by the damage list. */
    static List<Delivery> damaged(List<Delivery> stream, List<Integer> damage) {
        List<Delivery> out = new ArrayList<>(stream);
        if (damage.isEmpty()) {
            return out;
        }
        List<Delivery> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            int d = damage.get(i % damage.size());
            if (d < 8) {
                continue;
            }
            result.add(out.get(i));
            if (d < 16) {
                result.add(out.get(i));
            } else if (d < 24 && i + 1 < out.size()) {
                result.add(result.size() - 1, out.get(i + 1));
                i++;
            }
        }
        return result;
    }

    static boolean isMonitored(SwitchWorld world, String user, int mask) {
        return (mask & (1 << world.users.indexOf(user))) != 0;
    }

    static List<String> monitoredUsers(SwitchWorld world, int mask) {
        return world.users.stream().filter(u -> isMonitored(world, u, mask)).toList();
    }

    /** callId to "extTrackingId state" of the calls a snapshot lists, leaving out those the user has left. */
    static Map<String, String> truth(CallSubscriptionEvent snapshot) {
        Map<String, String> calls = new TreeMap<>();
        for (Call c : snapshot.calls()) {
            if (c.state() != CallState.RELEASED && c.state() != CallState.DETACHED) {
                calls.put(c.callId(), c.extTrackingId() + " " + c.state());
            }
        }
        return calls;
    }

    static Map<String, String> view(List<Leg> legs) {
        Map<String, String> calls = new TreeMap<>();
        legs.forEach(l -> calls.put(l.callId(), l.extTrackingId() + " " + l.call().state()));
        return calls;
    }
}
