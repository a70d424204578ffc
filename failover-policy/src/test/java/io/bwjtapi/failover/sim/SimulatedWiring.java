package io.bwjtapi.failover.sim;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.FailoverConfigBuilder;
import io.bwjtapi.failover.FailoverPolicy;
import io.bwjtapi.failover.VirtualClock;
import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.decision.CloseChannel;
import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.ForceResync;
import io.bwjtapi.failover.decision.OpenChannel;
import io.bwjtapi.failover.decision.ResyncTrigger;
import io.bwjtapi.failover.fact.CallAlerting;
import io.bwjtapi.failover.fact.CallAlertingEnded;
import io.bwjtapi.failover.fact.CallStarted;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenStarted;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.DeviceRemoved;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.failover.fact.HeartbeatAnswered;
import io.bwjtapi.failover.fact.HeartbeatSent;
import io.bwjtapi.failover.fact.SequenceGap;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.fact.StreamTraffic;
import io.bwjtapi.failover.fact.SubscriptionCreated;
import io.bwjtapi.failover.fact.SubscriptionLost;
import io.bwjtapi.failover.fact.SubscriptionRefused;
import io.bwjtapi.failover.internal.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A discrete-event stand-in for the wiring and BroadWorks: XSPs follow their health in a {@link WorldPlan},
 * answer channel requests, echo heartbeats, deliver device events over live channels and answer forced resyncs.
 * Facts go to the policy at the virtual clock's time; the policy's deadlines are honoured exactly; after every
 * step the {@link PolicyInvariants} check everything.
 */
public final class SimulatedWiring {
    private final WorldPlan plan;
    private final VirtualClock clock = new VirtualClock();
    private final FailoverConfig config;
    private final FailoverPolicy policy;
    private final PolicyInvariants invariants;
    private final Random random;
    private final List<XspEndpoint> endpoints = new ArrayList<>();
    private final Timeline<Runnable> queue = new Timeline<>();
    private final Map<XspEndpoint, Integer> generation = new HashMap<>();
    private final Map<XspEndpoint, Boolean> channelOpen = new HashMap<>();
    private final Map<DeviceId, ArrayDeque<String>> alertingCalls = new HashMap<>();
    private final List<Consumer<SimulatedWiring>> stepObservers = new ArrayList<>();
    private int callNumber;

    public SimulatedWiring(WorldPlan plan, Consumer<FailoverConfigBuilder> settings) {
        this.plan = plan;
        this.random = new Random(plan.seed);
        for (int i = 0; i < plan.servers; i++) {
            XspEndpoint endpoint = XspEndpoint.of("xsp" + (i + 1));
            endpoints.add(endpoint);
            generation.put(endpoint, 0);
            channelOpen.put(endpoint, false);
        }
        FailoverConfigBuilder builder = FailoverConfig.builder(endpoints).clock(clock)
                .randomSeed(plan.seed).desiredChannels(plan.desired)
                .outOfServiceGrace(Duration.ofMillis(plan.graceMillis))
                .openTimeout(Duration.ofMillis(plan.openTimeoutMillis))
                .fallbackAfter(Duration.ofMillis(plan.fallbackAfterMillis));
        if (plan.limit == WorldPlan.Limit.ATTEMPTS) {
            builder.reconnectAttemptLimit(plan.limitValue);
        } else if (plan.limit == WorldPlan.Limit.TIME) {
            builder.reconnectTimeLimit(Duration.ofMillis(plan.limitValue));
        }
        settings.accept(builder);
        this.config = builder.build();
        this.policy = new FailoverPolicy(config);
        this.invariants = new PolicyInvariants(config, policy);
        policy.addListener(invariants);
    }

    public FailoverPolicy policy() {
        return policy;
    }

    public PolicyInvariants invariants() {
        return invariants;
    }

    public Instant now() {
        return clock.now();
    }

    public long elapsedMillis() {
        return clock.elapsedMillis();
    }

    /** @param observer called after every step, after the invariants */
    public SimulatedWiring onEveryStep(Consumer<SimulatedWiring> observer) {
        stepObservers.add(observer);
        return this;
    }

    /** Runs the chaos and the quiet phase, then checks that every resync trigger fired. */
    public void run() {
        for (int i = 0; i < plan.initialDevices; i++) {
            fact(new DeviceAdded(device(i)));
        }
        step(policy::start);
        scheduleHealthChanges();
        for (WorldPlan.DeviceEvent event : plan.deviceEvents) {
            at(event.atMillis, () -> deviceEvent(event));
        }
        Instant end = VirtualClock.EPOCH.plus(WorldPlan.CHAOS).plus(WorldPlan.QUIET);
        while (clock.now().isBefore(end)) {
            Instant worldNext = queue.earliest().orElse(end);
            Instant policyNext = policy.nextDeadline().orElse(end);
            Instant next = min(min(worldNext, policyNext), end);
            clock.set(next);
            Optional<Runnable> worldEvent = queue.pollDue(next);
            if (worldEvent.isPresent()) {
                worldEvent.get().run();
            } else if (policyNext.equals(next)) {
                step(() -> policy.onTime(next));
            }
        }
        invariants.checkEveryTriggerFired();
    }

    // ---- the wiring's side of each decision ------------------------------------------------------------

    private void carryOut(List<Decision> decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof OpenChannel) {
                open(((OpenChannel) decision).endpoint());
            } else if (decision instanceof CloseChannel) {
                XspEndpoint endpoint = ((CloseChannel) decision).endpoint();
                generation.merge(endpoint, 1, Integer::sum);
                channelOpen.put(endpoint, false);
            } else if (decision instanceof ForceResync) {
                for (DeviceId device : ((ForceResync) decision).devices()) {
                    answerResync(device, ((ForceResync) decision).trigger());
                }
            }
        }
    }

    private void open(XspEndpoint endpoint) {
        int attempt = generation.merge(endpoint, 1, Integer::sum);
        if (random.nextBoolean()) {
            afterMillis(random.nextInt(30), () -> ifCurrent(endpoint, attempt, () -> fact(new ChannelOpenStarted(endpoint))));
        }
        int connectMillis = 20 + random.nextInt(280);
        afterMillis(connectMillis, () -> ifCurrent(endpoint, attempt, () -> {
            switch (health(endpoint)) {
                case UP:
                    channelOpen.put(endpoint, true);
                    fact(new ChannelOpenSucceeded(endpoint));
                    heartbeatLoop(endpoint, attempt);
                    break;
                case REFUSING:
                    fact(random.nextInt(4) == 0 ? ChannelOpenFailed.httpStatus(endpoint, 503)
                            : ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.REFUSED));
                    break;
                default:
                    // Hangs: the wiring's own timeout may or may not come before the policy's.
                    afterMillis(1000 + random.nextInt(15_000), () -> ifCurrent(endpoint, attempt,
                            () -> fact(ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.TIMEOUT))));
            }
        }));
    }

    private void heartbeatLoop(XspEndpoint endpoint, int channel) {
        afterMillis(config.heartbeatInterval().toMillis(), () -> ifCurrent(endpoint, channel, () -> {
            fact(new HeartbeatSent(endpoint));
            Health health = health(endpoint);
            int roundTrip = 5 + random.nextInt(400);
            if (health == Health.UP) {
                afterMillis(roundTrip, () -> ifCurrent(endpoint, channel, () -> {
                    if (health(endpoint) == Health.UP) {
                        fact(new HeartbeatAnswered(endpoint));
                        fact(new StreamTraffic(endpoint));
                    }
                }));
            } else if (health == Health.STALLED) {
                afterMillis(roundTrip, () -> ifCurrent(endpoint, channel, () -> fact(new HeartbeatAnswered(endpoint))));
            }
            heartbeatLoop(endpoint, channel);
        }));
    }

    private void answerResync(DeviceId device, ResyncTrigger trigger) {
        boolean reliable = elapsedMillis() >= WorldPlan.CHAOS.toMillis();
        int roll = random.nextInt(100);
        int delay = 20 + random.nextInt(400);
        if (!reliable && roll < 10) {
            return;
        }
        if (trigger == ResyncTrigger.DEVICE_ADDED || trigger == ResyncTrigger.SUBSCRIPTION_LOST) {
            afterMillis(delay / 2, () -> overLiveChannel(() -> fact(new SubscriptionCreated(device))));
        }
        if (!reliable && roll < 18) {
            afterMillis(delay, () -> overLiveChannel(() -> fact(new SubscriptionRefused(device, roll < 11 ? 404 : 503))));
            return;
        }
        boolean agreed = random.nextInt(10) < 7;
        afterMillis(delay, () -> overLiveChannel(() -> {
            fact(SnapshotReceived.solicited(device, agreed));
            if (random.nextInt(5) == 0) {
                fact(new CallAlerting(device, "found-" + (++callNumber), clock.now().minusMillis(random.nextInt(30_000))));
            }
        }));
    }

    // ---- the world's own events -------------------------------------------------------------------------

    private void scheduleHealthChanges() {
        for (int server = 0; server < plan.servers; server++) {
            XspEndpoint endpoint = endpoints.get(server);
            long start = 0;
            for (WorldPlan.Segment segment : plan.health.get(server)) {
                start += segment.millis;
                if (start >= WorldPlan.CHAOS.toMillis()) {
                    break;
                }
                at(start, () -> healthChanged(endpoint));
            }
            at(WorldPlan.CHAOS.toMillis(), () -> healthChanged(endpoint));
        }
    }

    private void healthChanged(XspEndpoint endpoint) {
        if (health(endpoint) == Health.REFUSING && channelOpen.get(endpoint)) {
            int channel = generation.get(endpoint);
            afterMillis(random.nextInt(50), () -> ifCurrent(endpoint, channel, () -> {
                channelOpen.put(endpoint, false);
                generation.merge(endpoint, 1, Integer::sum);
                fact(randomLoss(endpoint));
            }));
        }
    }

    private ChannelLost randomLoss(XspEndpoint endpoint) {
        switch (random.nextInt(4)) {
            case 0:
                return ChannelLost.of(endpoint, ChannelLost.Kind.RESET);
            case 1:
                return ChannelLost.of(endpoint, ChannelLost.Kind.EOF);
            case 2:
                return ChannelLost.of(endpoint, ChannelLost.Kind.HEARTBEAT_NOT_FOUND);
            default:
                return ChannelLost.terminated(endpoint, ChannelLost.TerminatedReason.NON_RESPONSIVE_CHANNEL);
        }
    }

    private void deviceEvent(WorldPlan.DeviceEvent event) {
        DeviceId device = device(event.device);
        switch (event.kind) {
            case ADD:
                fact(new DeviceAdded(device));
                return;
            case REMOVE:
                fact(new DeviceRemoved(device, DeviceRemoved.Reason.USER_DELETED));
                return;
            default:
                overLiveChannel(() -> fact(deviceFact(device, event.kind)));
        }
    }

    private Fact deviceFact(DeviceId device, WorldPlan.DeviceEvent.Kind kind) {
        ArrayDeque<String> alerting = alertingCalls.computeIfAbsent(device, d -> new ArrayDeque<>());
        switch (kind) {
            case SEQUENCE_GAP:
                return new SequenceGap(device);
            case CALL_ORIGINATED:
                return new CallStarted(device, "c" + (++callNumber), CallStarted.Kind.ORIGINATED);
            case CALL_ALERTING:
                alerting.add("c" + (++callNumber));
                return new CallStarted(device, alerting.peekLast(), CallStarted.Kind.ALERTING);
            case ALERTING_ENDED:
                return new CallAlertingEnded(device, alerting.isEmpty() ? "none" : alerting.poll());
            case UNSOLICITED_RESYNC:
                return SnapshotReceived.unsolicited(device, random.nextBoolean());
            default:
                return new SubscriptionLost(device);
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------------------

    private void fact(Fact fact) {
        invariants.beginStep(clock.now());
        long ignoredBefore = policy.ignoredFacts();
        invariants.beforeFact(fact);
        List<Decision> decisions = policy.onFact(fact);
        invariants.fact(fact, policy.ignoredFacts() == ignoredBefore);
        finishStep(decisions);
    }

    private void step(Supplier<List<Decision>> call) {
        invariants.beginStep(clock.now());
        finishStep(call.get());
    }

    private void finishStep(List<Decision> decisions) {
        invariants.decisions(decisions);
        invariants.endStep();
        stepObservers.forEach(observer -> observer.accept(this));
        carryOut(decisions);
    }

    /** Device events and snapshots reach the wiring only over a channel on an XSP that is up. */
    private void overLiveChannel(Runnable delivery) {
        for (XspEndpoint endpoint : endpoints) {
            if (channelOpen.get(endpoint) && health(endpoint) == Health.UP) {
                delivery.run();
                return;
            }
        }
    }

    private void ifCurrent(XspEndpoint endpoint, int attempt, Runnable action) {
        if (generation.get(endpoint) == attempt) {
            action.run();
        }
    }

    private Health health(XspEndpoint endpoint) {
        return plan.healthAt(endpoints.indexOf(endpoint), elapsedMillis());
    }

    private DeviceId device(int index) {
        return DeviceId.of("user" + index + "@example.com");
    }

    private void at(long millis, Runnable action) {
        queue.schedule(action, VirtualClock.EPOCH.plusMillis(millis));
    }

    private void afterMillis(long millis, Runnable action) {
        queue.schedule(action, clock.now().plusMillis(millis));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
