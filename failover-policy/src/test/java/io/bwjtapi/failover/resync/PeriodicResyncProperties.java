package io.bwjtapi.failover.resync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.FailoverPolicy;
import io.bwjtapi.failover.VirtualClock;
import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.ForceResync;
import io.bwjtapi.failover.decision.ResyncTrigger;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.SequenceGap;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.failover.internal.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Periodic resyncs over many devices, with urgent resyncs mixed in: no one-second window ever carries more periodic
 * resyncs than the cap; a periodic resync never comes sooner than the jittered minimum interval after the device's
 * last snapshot; and no device goes longer than the maximum interval plus its queueing behind the cap without a
 * fresh snapshot.
 */
class PeriodicResyncProperties {
    private static final XspEndpoint XSP = XspEndpoint.of("xsp1");

    @Property(tries = 60)
    void periodicResyncsAreSpreadCappedAndFair(@ForAll @IntRange(min = 1, max = 300) int devices,
            @ForAll @IntRange(min = 2, max = 60) int intervalSeconds,
            @ForAll @DoubleRange(min = 0.0, max = 0.5) double jitter,
            @ForAll @IntRange(min = 1, max = 50) int ratePerSecond,
            @ForAll @IntRange(min = 0, max = 100) int urgentGaps,
            @ForAll long seed) {
        VirtualClock clock = new VirtualClock();
        Duration interval = Duration.ofSeconds(intervalSeconds);
        FailoverPolicy policy = new FailoverPolicy(FailoverConfig.builder(List.of(XSP)).clock(clock).randomSeed(seed)
                .periodicResyncInterval(interval).periodicResyncJitter(jitter)
                .maxPeriodicResyncsPerSecond(ratePerSecond).build());
        Random random = new Random(seed);
        Timeline<Runnable> answers = new Timeline<>();
        List<Decision> decisions = new ArrayList<>();
        Map<DeviceId, List<Instant>> snapshots = new HashMap<>();
        List<Instant> periodicTimes = new ArrayList<>();
        Duration minimumGap = Duration.ofMillis((long) Math.floor(interval.toMillis() * (1 - jitter)));

        Duration worstWait = interval.plus(interval.multipliedBy(Math.round(jitter * 100)).dividedBy(100))
                .plusMillis(1000L * devices / ratePerSecond + 1000);
        Instant end = clock.now().plus(worstWait.multipliedBy(2)).plusSeconds(5);
        decisions.addAll(policy.start());
        decisions.addAll(policy.onFact(new ChannelOpenSucceeded(XSP)));
        for (int i = 0; i < devices; i++) {
            decisions.addAll(policy.onFact(new DeviceAdded(device(i))));
        }
        for (int i = 0; i < urgentGaps; i++) {
            long at = (long) (random.nextDouble() * Duration.between(clock.now(), end).toMillis());
            SequenceGap gap = new SequenceGap(device(random.nextInt(devices)));
            answers.schedule(() -> decisions.addAll(policy.onFact(gap)), clock.now().plusMillis(at));
        }
        while (true) {
            List<Decision> made = new ArrayList<>(decisions);
            decisions.clear();
            for (Decision decision : made) {
                if (decision instanceof ForceResync) {
                    ForceResync resync = (ForceResync) decision;
                    for (DeviceId device : resync.devices()) {
                        if (resync.trigger() == ResyncTrigger.PERIODIC) {
                            List<Instant> synced = snapshots.get(device);
                            Instant lastSnapshot = synced.get(synced.size() - 1);
                            assertTrue(!clock.now().isBefore(lastSnapshot.plus(minimumGap)),
                                    () -> "periodic resync only " + Duration.between(lastSnapshot, clock.now())
                                            + " after the last snapshot");
                            periodicTimes.add(clock.now());
                        }
                        answers.schedule(() -> {
                            snapshots.computeIfAbsent(device, d -> new ArrayList<>()).add(clock.now());
                            decisions.addAll(policy.onFact(SnapshotReceived.solicited(device, true)));
                        }, clock.now().plusMillis(10 + random.nextInt(200)));
                    }
                }
            }
            Instant next = policy.nextDeadline().orElse(end);
            assertTrue(next.isAfter(clock.now()), "the next deadline must lie in the future");
            if (answers.earliest().filter(next::isAfter).isPresent()) {
                next = answers.earliest().get();
            }
            if (!next.isBefore(end)) {
                break;
            }
            clock.set(next);
            Optional<Runnable> answer = answers.pollDue(next);
            if (answer.isPresent()) {
                answer.get().run();
            } else {
                decisions.addAll(policy.onTime(next));
            }
        }

        for (int i = 0; i < periodicTimes.size(); i++) {
            Instant t = periodicTimes.get(i);
            long inWindow = periodicTimes.stream().filter(o -> o.isAfter(t.minusSeconds(1)) && !o.isAfter(t)).count();
            assertTrue(inWindow <= ratePerSecond, () -> inWindow + " periodic resyncs in the second up to " + t);
        }
        for (int i = 0; i < devices; i++) {
            List<Instant> synced = new ArrayList<>(snapshots.getOrDefault(device(i), List.of()));
            synced.add(end);
            for (int k = 1; k < synced.size(); k++) {
                Duration gap = Duration.between(synced.get(k - 1), synced.get(k));
                assertTrue(gap.compareTo(worstWait) <= 0, () -> "a device went " + gap + " without a snapshot");
            }
        }
    }

    private static DeviceId device(int index) {
        return DeviceId.of("user" + index);
    }
}
