package io.bwjtapi.simulator.core;

import io.bwjtapi.simulator.engine.Scheduler;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single thread that owns the switch's state: calls, channels, subscriptions and every timer run here,
 * so the state needs no locks and a seeded run is reproducible. A failing task is logged; the thread lives on.
 */
public final class SwitchThread implements Scheduler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchThread.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    /** Output gathered during a switch task and sent in one go when the task ends. */
    public interface Batch {
        void flush();
    }

    private final ScheduledThreadPoolExecutor executor;
    private final Set<Batch> dirty = new LinkedHashSet<>();
    private volatile Thread thread;

    public SwitchThread(String name) {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs the task on the switch thread and returns its result, rethrowing what it throws. */
    public <T> T call(Callable<T> task) {
        if (Thread.currentThread() == thread) {
            return callHere(task);
        }
        Future<T> future = executor.submit(() -> {
            try {
                return task.call();
            } finally {
                flushBatches();
            }
        });
        try {
            return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the switch", e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IllegalStateException("the switch did not answer within " + CALL_TIMEOUT, e);
        }
    }

    /** Runs the action on the switch thread and waits for it. */
    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Queues the action on the switch thread without waiting. */
    public void execute(Runnable action) {
        if (!executor.isShutdown()) {
            executor.execute(guarded(action));
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        if (executor.isShutdown()) {
            return () -> { };
        }
        Future<?> future = executor.schedule(guarded(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    public boolean isSwitchThread() {
        return Thread.currentThread() == thread;
    }

    /** Has the batch flushed when the current switch task ends (once, however often it is added). */
    public void flushAtEndOfTask(Batch batch) {
        dirty.add(batch);
    }

    private void flushBatches() {
        while (!dirty.isEmpty()) {
            Iterator<Batch> it = dirty.iterator();
            Batch batch = it.next();
            it.remove();
            try {
                batch.flush();
            } catch (RuntimeException e) {
                LOG.error("flushing switch output failed", e);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T callHere(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.error("switch task failed; the switch carries on", e);
            } finally {
                flushBatches();
            }
        };
    }
}
