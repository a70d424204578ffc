package io.bwjtapi.xsi.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.HookStatusEvent;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.model.HookStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SequenceTrackerProperties {
    private static final long NEVER = Long.MAX_VALUE / 4;

    /** Records the tracker's decisions. */
    static final class Recorder implements SequenceTracker.Output {
        final List<Integer> delivered = new ArrayList<>();
        final List<String> gaps = new ArrayList<>();
        int duplicates;

        @Override
        public void deliver(SubscriptionEvent event) {
            delivered.add(event.sequenceNumber());
        }

        @Override
        public void gap(int expected, int received) {
            gaps.add(expected + "->" + received);
        }

        @Override
        public void duplicate(SubscriptionEvent event) {
            duplicates++;
        }
    }

    static SubscriptionEvent event(int seq) {
        return SubscriptionEvent.builder().eventId("e" + seq).sequenceNumber(seq).userId("u")
                .externalApplicationId("a").subscriptionId("s").channelId("c")
                .data(new HookStatusEvent(HookStatus.ON_HOOK)).build();
    }

    static SubscriptionEvent snapshot(int seq) {
        return SubscriptionEvent.builder().eventId("snap" + seq).sequenceNumber(seq).userId("u")
                .externalApplicationId("a").subscriptionId("s").channelId("c")
                .data(new CallSubscriptionEvent(false, List.of(), null, HookStatus.ON_HOOK)).build();
    }

    static int plus(int start, int offset) {
        return (int) ((start - 1L + offset) % SequenceTracker.RING) + 1;
    }

    @Provide
    Arbitrary<Integer> starts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 1000),
                Arbitraries.integers().between(Integer.MAX_VALUE - 40, Integer.MAX_VALUE));
    }

    @Property(tries = 300)
    void anyPermutationWithDuplicatesIsDeliveredOnceInOrderWithoutGaps(@ForAll("starts") int start,
            @ForAll @IntRange(min = 1, max = 40) int count, @ForAll long seed) {
        Random random = new Random(seed);
        List<Integer> arrivals = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            arrivals.add(plus(start, i));
        }
        int duplicates = random.nextInt(count + 1);
        for (int i = 0; i < duplicates; i++) {
            arrivals.add(arrivals.get(random.nextInt(count)));
        }
        Collections.shuffle(arrivals, random);
        SequenceTracker tracker = new SequenceTracker(NEVER, 1000);
        Recorder out = new Recorder();

        tracker.offer(snapshot(start), true, 0, out);
        arrivals.forEach(seq -> tracker.offer(event(seq), false, 0, out));

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            expected.add(plus(start, i));
        }
        assertEquals(expected, out.delivered);
        assertEquals(duplicates, out.duplicates);
        assertTrue(out.gaps.isEmpty(), out.gaps::toString);
        assertEquals(-1, tracker.deadline(), "nothing is left waiting");
    }

    @Property(tries = 300)
    void lostEventsAreReportedAsGapsOnceTheWindowExpiresAndTheRestIsDeliveredInOrder(@ForAll("starts") int start,
            @ForAll @IntRange(min = 2, max = 40) int count, @ForAll long seed) {
        Random random = new Random(seed);
        List<Integer> sent = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (i == count || random.nextInt(3) > 0) { // the last one always arrives
                sent.add(plus(start, i));
            }
        }
        List<Integer> arrivals = new ArrayList<>(sent);
        Collections.shuffle(arrivals, random);
        SequenceTracker tracker = new SequenceTracker(1000, 1000);
        Recorder out = new Recorder();

        tracker.offer(snapshot(start), true, 0, out);
        arrivals.forEach(seq -> tracker.offer(event(seq), false, 10, out));
        tracker.expire(10 + 999, out);
        int deliveredBeforeExpiry = out.delivered.size();
        tracker.expire(10 + 1000, out);

        List<Integer> expected = new ArrayList<>(List.of(start));
        expected.addAll(sent);
        assertEquals(expected, out.delivered);
        assertTrue(deliveredBeforeExpiry <= out.delivered.size());
        int missing = count - sent.size();
        assertEquals(missing > 0, !out.gaps.isEmpty(), out.gaps::toString);
    }

    @Property(tries = 100)
    void aSnapshotResetsTheExpectedNumber(@ForAll("starts") int start, @ForAll @IntRange(min = 1, max = 20) int count) {
        SequenceTracker tracker = new SequenceTracker(NEVER, 1000);
        Recorder out = new Recorder();
        tracker.offer(snapshot(start), true, 0, out);
        tracker.offer(event(plus(start, 1)), false, 0, out);
        // After an AS failover the resync restarts at 1, then counts up from there.
        tracker.offer(snapshot(1), true, 0, out);
        for (int i = 2; i <= count + 1; i++) {
            tracker.offer(event(i), false, 0, out);
        }
        assertEquals(count + 3, out.delivered.size(), out.delivered::toString);
        assertTrue(out.gaps.isEmpty());
        assertEquals(0, out.duplicates);
    }

    @Example
    void theWrapFromTheLargestNumberToOneIsNotAGap() {
        SequenceTracker tracker = new SequenceTracker(NEVER, 1000);
        Recorder out = new Recorder();
        tracker.offer(event(Integer.MAX_VALUE - 1), false, 0, out);
        tracker.offer(event(1), false, 0, out);
        tracker.offer(event(Integer.MAX_VALUE), false, 0, out);
        tracker.offer(event(2), false, 0, out);
        assertEquals(List.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 1, 2), out.delivered);
        assertTrue(out.gaps.isEmpty());
    }

    @Example
    void tooManyHeldEventsAreFlushedWithAGap() {
        SequenceTracker tracker = new SequenceTracker(NEVER, 3);
        Recorder out = new Recorder();
        tracker.offer(snapshot(1), true, 0, out);
        for (int seq = 3; seq <= 6; seq++) {
            tracker.offer(event(seq), false, 0, out);
        }
        assertEquals(List.of(1, 3, 4, 5, 6), out.delivered);
        assertEquals(List.of("2->3"), out.gaps);
    }

    @Example
    void aZeroWindowDeliversEarlyEventsAtOnce() {
        SequenceTracker tracker = new SequenceTracker(0, 1000);
        Recorder out = new Recorder();
        tracker.offer(snapshot(1), true, 0, out);
        tracker.offer(event(3), false, 0, out);
        tracker.offer(event(2), false, 0, out);
        assertEquals(List.of(1, 3), out.delivered);
        assertEquals(List.of("2->3"), out.gaps);
        assertEquals(1, out.duplicates, "2 arrives after 3 was delivered");
    }
}
