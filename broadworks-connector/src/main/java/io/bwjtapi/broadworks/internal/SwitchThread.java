package io.bwjtapi.broadworks.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread of a session that owns the call model and the failover policy and is the only caller of the
 * JTAPI layer's sink, so that facts keep their order. Tasks run one at a time in submission order; a task that
 * throws is logged and the thread goes on. After {@link #shutdown()} new tasks are dropped silently.
 */
public final class SwitchThread {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchThread.class);
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final ScheduledThreadPoolExecutor executor;
    private volatile Thread thread;

    /** Starts the thread ({@code bwjtapi-switch-<n>}, a daemon). */
    public SwitchThread() {
        String name = "bwjtapi-switch-" + NUMBERS.incrementAndGet();
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** @return whether the caller runs on this thread */
    public boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /** @param task what to run on the thread, after everything submitted before */
    public void execute(Runnable task) {
        try {
            executor.execute(() -> guarded(task));
        } catch (RejectedExecutionException closed) {
            LOG.debug("switch thread closed; task dropped");
        }
    }

    /**
     * @param task what to run
     * @param delayMillis after how many milliseconds
     * @return the timer, to cancel it; {@code null} once the thread is shut down
     */
    public ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        try {
            return executor.schedule(() -> guarded(task), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            return null;
        }
    }

    /**
     * Computes a value on the thread.
     *
     * @param task the computation
     * @param <T> its type
     * @return the value, or the exception the computation threw; fails when the thread is shut down
     */
    public <T> CompletableFuture<T> supply(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(task.get());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            result.completeExceptionally(new IllegalStateException("the session is closed"));
        }
        return result;
    }

    /** Stops the thread after the task running now; queued tasks and timers are dropped. */
    public void shutdown() {
        executor.shutdownNow();
    }

    /**
     * Waits for the thread to end.
     *
     * @param millis at most this long
     * @return whether it ended
     */
    public boolean awaitTermination(long millis) {
        try {
            return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            LOG.error("switch thread task failed; the session goes on", e);
        }
    }
}
