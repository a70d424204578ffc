package io.bwjtapi.csta.support;

import io.bwjtapi.simulator.engine.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/** A clock and scheduler for the simulator's call engine that move only when a test advances them. */
public final class ManualTime extends Clock implements Scheduler {
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

    /** Moves time forward, running the tasks that fall due in order. */
    public void advance(Duration by) {
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
