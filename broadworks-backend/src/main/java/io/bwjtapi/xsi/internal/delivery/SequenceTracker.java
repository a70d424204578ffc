package io.bwjtapi.xsi.internal.delivery;

import io.bwjtapi.xsi.event.SubscriptionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one subscription's events in sequence-number order: delivers the expected one, holds early ones for
 * a bounded window until the gap fills, drops ones already delivered, and reports a gap when the window
 * expires. A snapshot resets the expected number. Numbers run 1..2147483647 and wrap to 1, which is not a
 * gap. Pure logic with explicit time; not thread-safe.
 */
final class SequenceTracker {
    static final long RING = 2_147_483_647L;

    /** Where the tracker's decisions go. */
    interface Output {
        void deliver(SubscriptionEvent event);

        void gap(int expected, int received);

        void duplicate(SubscriptionEvent event);
    }

    private final long windowNanos;
    private final int maxHeld;
    /** Held early events, ordered by distance from {@link #expected}. */
    private final List<SubscriptionEvent> held = new ArrayList<>(4);
    private int expected;
    private long oldestHeldAt;

    SequenceTracker(long windowNanos, int maxHeld) {
        this.windowNanos = windowNanos;
        this.maxHeld = maxHeld;
    }

    static int next(int sequence) {
        return sequence >= RING ? 1 : sequence + 1;
    }

    /** Forward distance from {@code from} to {@code to} on the ring 1..2147483647. */
    static long distance(int from, int to) {
        return Math.floorMod((long) to - from, RING);
    }

    void offer(SubscriptionEvent event, boolean snapshot, long now, Output out) {
        int seq = event.sequenceNumber();
        if (snapshot || expected == 0) {
            out.deliver(event);
            expected = next(seq);
            held.removeIf(h -> distance(expected, h.sequenceNumber()) >= RING / 2);
            drain(out);
            return;
        }
        long d = distance(expected, seq);
        if (d == 0) {
            out.deliver(event);
            expected = next(seq);
            drain(out);
        } else if (d < RING / 2) {
            hold(event, d, now, out);
        } else {
            out.duplicate(event);
        }
    }

    private void hold(SubscriptionEvent event, long d, long now, Output out) {
        int i = 0;
        while (i < held.size() && distance(expected, held.get(i).sequenceNumber()) < d) {
            i++;
        }
        if (i < held.size() && held.get(i).sequenceNumber() == event.sequenceNumber()) {
            out.duplicate(event);
            return;
        }
        if (held.isEmpty()) {
            oldestHeldAt = now;
        }
        held.add(i, event);
        if (windowNanos <= 0 || held.size() > maxHeld) {
            flush(out);
        }
    }

    /** Releases held events whose window has expired, reporting the gaps they jump. */
    void expire(long now, Output out) {
        if (!held.isEmpty() && now - oldestHeldAt >= windowNanos) {
            flush(out);
        }
    }

    /** @return when the oldest held event's window ends (nanoTime), or -1 when nothing is held */
    long deadline() {
        return held.isEmpty() ? -1 : oldestHeldAt + windowNanos;
    }

    private void drain(Output out) {
        while (!held.isEmpty() && held.get(0).sequenceNumber() == expected) {
            SubscriptionEvent e = held.remove(0);
            out.deliver(e);
            expected = next(e.sequenceNumber());
        }
    }

    private void flush(Output out) {
        for (SubscriptionEvent e : held) {
            if (e.sequenceNumber() != expected) {
                out.gap(expected, e.sequenceNumber());
            }
            out.deliver(e);
            expected = next(e.sequenceNumber());
        }
        held.clear();
    }
}
