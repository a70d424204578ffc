package io.bwjtapi.failover.sim;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.FailoverConfigBuilder;
import io.bwjtapi.failover.FailoverPolicy;
import io.bwjtapi.failover.VirtualClock;
import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.fact.CallAlerting;
import io.bwjtapi.failover.fact.CallAlertingEnded;
import io.bwjtapi.failover.fact.CallStarted;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenStarted;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.DeviceRemoved;
import io.bwjtapi.failover.fact.EndpointFact;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.failover.fact.HeartbeatAnswered;
import io.bwjtapi.failover.fact.HeartbeatSent;
import io.bwjtapi.failover.fact.SequenceGap;
import io.bwjtapi.failover.fact.ShutdownRequested;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.fact.StreamTraffic;
import io.bwjtapi.failover.fact.SubscriptionCreated;
import io.bwjtapi.failover.fact.SubscriptionLost;
import io.bwjtapi.failover.fact.SubscriptionRefused;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Any sequence of facts, however implausible (answers nobody asked for, duplicates, facts about unknown devices,
 * facts before start or after shutdown), interleaved with random pauses: the policy never throws, never takes a
 * transition outside its tables, and keeps every invariant of {@link PolicyInvariants}. Only an XSP that is not
 * configured is refused, with a clear error, and the policy carries on.
 */
class ArbitraryFactsProperties {
    private static final List<XspEndpoint> XSPS = List.of(XspEndpoint.of("xsp1"), XspEndpoint.of("xsp2"),
            XspEndpoint.of("xsp3"));

    @Property(tries = 300)
    void anyFactSequenceKeepsEveryInvariant(@ForAll("settings") int[] settings,
            @ForAll("steps") List<Object> steps) {
        VirtualClock clock = new VirtualClock();
        List<XspEndpoint> endpoints = XSPS.subList(0, settings[0]);
        FailoverConfigBuilder builder = FailoverConfig.builder(endpoints).clock(clock).randomSeed(settings[3])
                .desiredChannels(Math.min(settings[1], settings[0])).outOfServiceGrace(Duration.ofMillis(settings[2]))
                .openTimeout(Duration.ofSeconds(3)).fallbackAfter(Duration.ofSeconds(2));
        if (settings[4] > 0) {
            builder.reconnectAttemptLimit(settings[4]);
        }
        FailoverPolicy policy = new FailoverPolicy(builder.build());
        PolicyInvariants invariants = new PolicyInvariants(policy.config(), policy);
        policy.addListener(invariants);

        step(invariants, clock.now(), policy.start());
        for (Object step : steps) {
            if (step instanceof Integer) {
                advance(policy, invariants, clock, Duration.ofMillis((Integer) step));
            } else {
                Fact fact = (Fact) step;
                if (!endpoints.containsAll(endpointsOf(fact))) {
                    assertThrows(IllegalArgumentException.class, () -> policy.onFact(fact));
                    continue;
                }
                invariants.beginStep(clock.now());
                long ignoredBefore = policy.ignoredFacts();
                invariants.beforeFact(fact);
                List<Decision> decisions = policy.onFact(fact);
                invariants.fact(fact, policy.ignoredFacts() == ignoredBefore);
                invariants.decisions(decisions);
                invariants.endStep();
            }
        }
    }

    private static void advance(FailoverPolicy policy, PolicyInvariants invariants, VirtualClock clock,
            Duration pause) {
        Instant target = clock.now().plus(pause);
        Optional<Instant> next;
        while ((next = policy.nextDeadline()).isPresent() && !next.get().isAfter(target)) {
            clock.set(next.get());
            step(invariants, clock.now(), policy.onTime(next.get()));
        }
        clock.set(target);
    }

    private static void step(PolicyInvariants invariants, Instant now, List<Decision> decisions) {
        invariants.beginStep(now);
        invariants.decisions(decisions);
        invariants.endStep();
    }

    private static List<XspEndpoint> endpointsOf(Fact fact) {
        return fact instanceof EndpointFact ? List.of(((EndpointFact) fact).endpoint()) : List.of();
    }

    /** @return {XSPs, desired channels, grace ms, seed, attempt limit (0: none)} */
    @Provide
    Arbitrary<int[]> settings() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
                Arbitraries.of(0, 700, 2000), Arbitraries.integers(), Arbitraries.integers().between(0, 6))
                .as((xsps, desired, grace, seed, limit) -> new int[] {xsps, desired, grace, seed, limit});
    }

    @Provide
    Arbitrary<List<Object>> steps() {
        Arbitrary<Object> pause = Arbitraries.integers().between(0, 4_000).map(ms -> (Object) ms);
        return Arbitraries.frequencyOf(Tuple.of(1, pause), Tuple.of(3, facts().map(f -> (Object) f)))
                .list().ofMaxSize(120);
    }

    private static Arbitrary<Fact> facts() {
        Arbitrary<XspEndpoint> xsp = Arbitraries.of(XSPS);
        Arbitrary<DeviceId> device = Arbitraries.of("a", "b", "c", "d").map(DeviceId::of);
        Arbitrary<String> call = Arbitraries.of("c1", "c2", "c3");
        return Arbitraries.frequencyOf(
                Tuple.of(3, xsp.map(ChannelOpenSucceeded::new)),
                Tuple.of(2, Combinators.combine(xsp, Arbitraries.of(ChannelOpenFailed.Kind.REFUSED,
                        ChannelOpenFailed.Kind.RESET, ChannelOpenFailed.Kind.TIMEOUT,
                        ChannelOpenFailed.Kind.AUTH_REJECTED)).as(ChannelOpenFailed::of)),
                Tuple.of(1, xsp.map(ChannelOpenStarted::new)),
                Tuple.of(2, Combinators.combine(xsp, Arbitraries.of(ChannelLost.Kind.RESET, ChannelLost.Kind.EOF,
                        ChannelLost.Kind.HEARTBEAT_NOT_FOUND)).as(ChannelLost::of)),
                Tuple.of(1, Combinators.combine(xsp, Arbitraries.of(ChannelLost.TerminatedReason.class))
                        .as(ChannelLost::terminated)),
                Tuple.of(2, xsp.map(HeartbeatSent::new)),
                Tuple.of(1, xsp.map(HeartbeatAnswered::new)),
                Tuple.of(2, xsp.map(StreamTraffic::new)),
                Tuple.of(2, device.map(DeviceAdded::new)),
                Tuple.of(1, Combinators.combine(device, Arbitraries.of(DeviceRemoved.Reason.class))
                        .as(DeviceRemoved::new)),
                Tuple.of(1, device.map(SubscriptionCreated::new)),
                Tuple.of(1, device.map(SubscriptionLost::new)),
                Tuple.of(1, Combinators.combine(device, Arbitraries.of(0, 403, 404, 409, 503))
                        .as(SubscriptionRefused::new)),
                Tuple.of(1, device.map(SequenceGap::new)),
                Tuple.of(3, Combinators.combine(device, Arbitraries.of(true, false), Arbitraries.of(true, false))
                        .as((d, unsolicited, agreed) -> unsolicited ? SnapshotReceived.unsolicited(d, agreed)
                                : SnapshotReceived.solicited(d, agreed))),
                Tuple.of(1, Combinators.combine(device, call, Arbitraries.of(CallStarted.Kind.class))
                        .as(CallStarted::new)),
                Tuple.of(1, Combinators.combine(device, call, Arbitraries.integers().between(0, 40))
                        .as((d, c, ago) -> new CallAlerting(d, c, VirtualClock.EPOCH.minusSeconds(ago)))),
                Tuple.of(1, Combinators.combine(device, call).as(CallAlertingEnded::new)),
                Tuple.of(1, Arbitraries.just(ShutdownRequested.INSTANCE)));
    }
}
