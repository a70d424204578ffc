package io.bwjtapi.failover.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TimelineProperties {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /**
     * Random schedules (key, offset) and cancellations (negative offset): polling returns the latest deadline of
     * each remaining key, in time order, ties in scheduling order.
     */
    @Property(tries = 200)
    void pollsLatestDeadlinesInTimeThenSchedulingOrder(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 9) Integer> keys,
            @ForAll @Size(max = 60) List<@IntRange(min = -3, max = 20) Integer> offsets) {
        Timeline<Integer> timeline = new Timeline<>();
        Map<Integer, long[]> expected = new HashMap<>();
        long sequence = 0;
        for (int i = 0; i < Math.min(keys.size(), offsets.size()); i++) {
            int key = keys.get(i);
            int offset = offsets.get(i);
            if (offset < 0) {
                assertEquals(expected.remove(key) != null, timeline.cancel(key));
            } else {
                timeline.schedule(key, T0.plusSeconds(offset));
                expected.put(key, new long[] {offset, sequence++});
            }
        }
        assertEquals(expected.size(), timeline.size());
        List<Map.Entry<Integer, long[]>> order = new ArrayList<>(expected.entrySet());
        order.sort(Comparator.comparingLong((Map.Entry<Integer, long[]> e) -> e.getValue()[0])
                .thenComparingLong(e -> e.getValue()[1]));
        for (Map.Entry<Integer, long[]> next : order) {
            Instant at = T0.plusSeconds(next.getValue()[0]);
            assertEquals(Optional.of(at), timeline.earliest());
            assertEquals(Optional.empty(), timeline.pollDue(at.minusNanos(1)));
            assertEquals(Optional.of(next.getKey()), timeline.pollDue(at));
            assertFalse(timeline.contains(next.getKey()));
        }
        assertEquals(Optional.empty(), timeline.earliest());
    }
}
