package io.bwjtapi.csta.properties;

import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.support.ModelFixture;
import io.bwjtapi.csta.support.SwitchWorld;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Conference;
import io.bwjtapi.xsi.model.Personality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A reconciliation input: a model built by a (possibly damaged) event stream of the simulator's call engine,
 * one of its users, and a snapshot for that user: what the switch really says, or that truth mixed with the
 * model's own halves and then changed (calls dropped, states changed, halves moved to other sessions).
 */
record ReconcileCase(CallModel model, DeviceId device, List<Call> calls, Conference conference,
        List<DeviceId> others) {
    private static final CallState[] STATES = {CallState.ACTIVE, CallState.HELD, CallState.REMOTE_HELD,
        CallState.ALERTING, CallState.RELEASED};

    static Arbitrary<ReconcileCase> cases() {
        Arbitrary<List<Integer>> script = Arbitraries.integers().between(0, 9999).list().ofMinSize(30).ofMaxSize(210);
        Arbitrary<List<Integer>> damage = Arbitraries.integers().between(0, 99).list().ofMaxSize(40);
        Arbitrary<List<Integer>> mutations = Arbitraries.integers().between(0, 99).list().ofMaxSize(12);
        return Combinators.combine(script, Arbitraries.integers().between(1, 1000), damage,
                Arbitraries.integers().between(0, 4), mutations).as(ReconcileCase::build);
    }

    private static ReconcileCase build(List<Integer> script, int seed, List<Integer> damage, int user,
            List<Integer> mutations) {
        SwitchWorld world = EventStreamProperties.run(seed, script, true);
        ModelFixture f = new ModelFixture();
        for (SwitchWorld.Delivery d : EventStreamProperties.damaged(world.emitted, damage)) {
            f.deliver(d.userId(), d.data());
        }
        String userId = world.users.get(user);
        CallSubscriptionEvent truth = world.snapshot(userId, true);
        List<DeviceId> others = new ArrayList<>();
        world.users.stream().filter(u -> !u.equals(userId)).forEach(u -> others.add(DeviceId.of(u)));
        DeviceId device = DeviceId.of(userId);
        if (mutations.isEmpty()) {
            return new ReconcileCase(f.model, device, truth.calls(), truth.conference().orElse(null), others);
        }
        return new ReconcileCase(f.model, device, mutate(truth.calls(), f.model.legsOf(device), mutations), null,
                others);
    }

    /** Drops, changes the state of, or moves to another session each call of the truth and the model. */
    private static List<Call> mutate(List<Call> truth, List<Leg> legs, List<Integer> mutations) {
        Map<String, Call> pool = new LinkedHashMap<>();
        truth.forEach(c -> pool.put(c.callId(), c));
        legs.forEach(l -> pool.putIfAbsent(l.callId(), l.call()));
        List<Call> all = new ArrayList<>(pool.values());
        List<Call> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int m = mutations.get(i % mutations.size());
            Call c = all.get(i);
            switch (m % 5) {
                case 0 -> { }
                case 1 -> result.add(withState(c, STATES[(m / 5) % STATES.length]));
                case 2 -> result.add(c.toBuilder().extTrackingId(all.get((m / 5) % all.size()).extTrackingId())
                        .build());
                default -> result.add(c);
            }
        }
        return result;
    }

    private static Call withState(Call c, CallState state) {
        Personality personality = state == CallState.ALERTING && c.personality() == Personality.ORIGINATOR
                ? Personality.TERMINATOR : c.personality();
        return c.toBuilder().state(state).personality(personality).build();
    }

    @Override
    public String toString() {
        return "ReconcileCase[" + device + " snapshot " + calls + (conference == null ? "" : " " + conference)
                + "\n model " + model + "]";
    }
}
