package io.bwjtapi.csta.support;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.engine.CallEngine;
import io.bwjtapi.simulator.engine.IdGenerator;
import io.bwjtapi.simulator.engine.SwitchEvent;
import io.bwjtapi.simulator.engine.UserDirectory;
import io.bwjtapi.simulator.engine.UserSettings;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.ForwardingCondition;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.ReleaseCause;
import io.bwjtapi.simulator.model.TruthCall;
import io.bwjtapi.simulator.model.TruthHalf;
import io.bwjtapi.simulator.xsi.EventDataXml;
import io.bwjtapi.simulator.xsi.EventDocuments;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.event.XsiEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The simulator's real call engine in-process, with a manual clock: a script of numbers picks actions (dial,
 * answer, hold, transfer, conference, forwarding, an Application Server crash ...) that are valid in the
 * current state; every switch event is written as the Xsi document the simulator sends and decoded by the
 * backend's decoder, in switch order. Truth snapshots come from the engine in the same way.
 */
public final class SwitchWorld {
    /** An event as a subscription to {@code userId} receives it. */
    public record Delivery(String userId, EventData data) {
        @Override
        public String toString() {
            return userId + ":" + data.typeName();
        }
    }

    private static final String[] EXTERNAL = {"+4940555000", "+33144556677"};

    public final ManualTime time = new ManualTime();
    public final CallEngine engine;
    public final List<String> users = new ArrayList<>();
    public final List<Delivery> emitted = new ArrayList<>();
    /** Whether the script may crash the primary Application Server. */
    public boolean allowCrash = true;
    private int sequence;

    public SwitchWorld(long seed, int userCount) {
        SimulatorConfig config = SimulatorConfig.builder().users(userCount).seed(seed).clock(time)
                .noAnswerTimeout(Duration.ofSeconds(20)).clickToDialAnswerDelay(Duration.ofSeconds(1)).build();
        UserDirectory directory = new UserDirectory(config);
        directory.all().forEach(u -> users.add(u.userId()));
        engine = new CallEngine(config, directory, new IdGenerator(seed, config.extTrackingIdStyle()), time,
                new UserSettings(), this::record);
    }

    private void record(SwitchEvent event) {
        if (event instanceof SwitchEvent.AgentChanged) {
            return;
        }
        String user = event.user().userId();
        emitted.add(new Delivery(user, decode(user, EventDataXml.of(event))));
    }

    private EventData decode(String user, String eventData) {
        sequence++;
        String xml = EventDocuments.subscriptionEvent("event-" + sequence, sequence, "admin@sim.example", "bwjtapi",
                "sub-" + user, "channel-1", user, eventData);
        return ((SubscriptionEvent) XsiEvents.decode(xml)).data();
    }

    /** What a CallSubscriptionEvent (or its resync variant) for the user says now. */
    public CallSubscriptionEvent snapshot(String user, boolean resync) {
        String type = resync ? EventDataXml.CALL_SUBSCRIPTION_RESYNC : EventDataXml.CALL_SUBSCRIPTION;
        return (CallSubscriptionEvent) decode(user, EventDataXml.callSnapshot(type, engine.calls(user),
                engine.conference(user).orElse(null), engine.hookStatus(user)));
    }

    /** Runs one scripted step; an action the switch refuses in the current state simply does nothing. */
    public void step(int choice, int a, int b) {
        try {
            act(Math.floorMod(choice, 20), Math.abs(a), Math.abs(b));
        } catch (SimulatorException refused) {
            // not valid now: a person pressing a button that does nothing
        }
    }

    private void act(int choice, int a, int b) {
        String user = users.get(a % users.size());
        String other = b % 4 == 3 ? EXTERNAL[b % EXTERNAL.length] : users.get(b % users.size());
        switch (choice) {
            case 0, 1, 2 -> engine.dial(user, other);
            case 3 -> engine.dialFromExternal(EXTERNAL[b % EXTERNAL.length], user);
            case 4 -> {
                engine.clickToDial(user, other);
                time.advance(Duration.ofSeconds(1));
            }
            case 5, 6, 7, 8 -> half(a, h -> h.state() == CallState.ALERTING)
                    .ifPresent(h -> engine.answer(h.user, h.callId()));
            case 9 -> half(a, h -> h.state() == CallState.ACTIVE || h.state() == CallState.REMOTE_HELD)
                    .ifPresent(h -> engine.hold(h.user, h.callId()));
            case 10 -> half(a, h -> h.state() == CallState.HELD).ifPresent(h -> engine.retrieve(h.user, h.callId()));
            case 11 -> half(a, h -> true).ifPresent(h -> engine.release(h.user, h.callId()));
            case 12 -> half(a, h -> h.personality() == Personality.TERMINATOR && h.state() == CallState.ALERTING)
                    .ifPresent(h -> engine.decline(h.user, h.callId(), b % 2 == 0 ? ReleaseCause.BUSY : null));
            case 13 -> half(a, h -> true).ifPresent(h -> engine.blindTransfer(h.user, h.callId(), other));
            case 14, 15 -> twoCalls(a, b, true);
            case 16 -> twoCalls(a, b, false);
            case 17 -> external(a, b % 2 == 0);
            case 18 -> time.advance(Duration.ofSeconds(1 + b % 25));
            default -> settings(user, other, b);
        }
    }

    private record Half(String user, CallSnapshot call) {
        String callId() {
            return call.callId();
        }

        CallState state() {
            return call.state();
        }

        Personality personality() {
            return call.personality();
        }
    }

    private Optional<Half> half(int pick, Predicate<Half> which) {
        List<Half> all = new ArrayList<>();
        for (String u : users) {
            engine.calls(u).forEach(c -> all.add(new Half(u, c)));
        }
        List<Half> matching = all.stream().filter(which).toList();
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(pick % matching.size()));
    }

    /** A consultative transfer, or a conference started, extended or ended, by a user with two calls. */
    private void twoCalls(int a, int b, boolean transfer) {
        List<String> busy = users.stream().filter(u -> engine.calls(u).size() >= 2).toList();
        if (busy.isEmpty()) {
            return;
        }
        String user = busy.get(a % busy.size());
        List<CallSnapshot> calls = engine.calls(user);
        String first = calls.get(b % calls.size()).callId();
        String second = calls.get((b + 1) % calls.size()).callId();
        if (transfer) {
            engine.consultTransfer(user, first, second);
        } else if (engine.conference(user).isEmpty()) {
            engine.conferenceStart(user, List.of(first, second));
        } else if (b % 3 == 0) {
            engine.conferenceRelease(user);
        } else {
            engine.conferenceAdd(user, second);
        }
    }

    private void external(int pick, boolean answer) {
        List<TruthCall> withExternal = engine.failover().truth().calls().stream()
                .filter(c -> c.halves().stream().anyMatch(TruthHalf::external)).toList();
        if (withExternal.isEmpty()) {
            return;
        }
        String ext = withExternal.get(pick % withExternal.size()).extTrackingId();
        if (answer) {
            engine.answerExternal(ext);
        } else {
            engine.releaseExternal(ext);
        }
    }

    /** Crashes the primary AS; with {@code resync} the affected users get a CallSubscriptionResyncEvent. */
    public void crash(boolean resync) {
        for (var user : engine.failover().crashPrimary()) {
            if (resync) {
                emitted.add(new Delivery(user.userId(), snapshot(user.userId(), true)));
            }
        }
    }

    private void settings(String user, String other, int b) {
        switch (b % 6) {
            case 0 -> engine.settings().setBusy(user, !engine.settings().isBusy(user));
            case 1, 2, 3 -> {
                ForwardingCondition condition = ForwardingCondition.values()[b % 3];
                boolean set = engine.settings().forwarding(user, condition) == null;
                engine.settings().setForwarding(user, condition, set ? other : null);
            }
            case 4 -> {
                if (allowCrash) {
                    crash((b / 6) % 2 == 0);
                }
            }
            default -> engine.failover().recoverPrimary();
        }
    }
}
