package io.bwjtapi.simulator.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/** A scheduler and clock under the test's control: time moves only when the test advances it. */
final class ManualScheduler extends Clock implements Scheduler {
    private record Task(long due, long order, Runnable action, boolean[] cancelled) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due != b.due
            ? Long.compare(a.due, b.due) : Long.compare(a.order, b.order));
    private long now = 1_700_000_000_000L;
    private long order;

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now + delay.toMillis(), order++, action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves time forward, running every task that falls due, in order. */
    void advance(Duration by) {
        long target = now + by.toMillis();
        while (!tasks.isEmpty() && tasks.peek().due <= target) {
            Task task = tasks.poll();
            now = Math.max(now, task.due);
            if (!task.cancelled[0]) {
                task.action.run();
            }
        }
        now = target;
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(now);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
