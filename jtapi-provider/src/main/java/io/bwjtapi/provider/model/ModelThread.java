package io.bwjtapi.provider.model;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's single model thread: the only writer of the call model. Switch facts and application
 * requests that change the model (adding observers, binding placed calls) run here in order; a task that
 * throws is logged and counted and never stops the thread. Threads blocked in {@link #await} check their
 * post-conditions only between tasks (each task holds the model lock while it runs), so they never see a
 * change half applied.
 */
public final class ModelThread {
    private static final Logger LOG = LoggerFactory.getLogger(ModelThread.class);

    private static final long STOP_WAIT_SECONDS = 5;

    private final ThreadPoolExecutor executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicLong failedTasks = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile Thread thread;

    /** @param name the provider's name, for the thread name */
    public ModelThread(String name) {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread t = new Thread(runnable, "bwjtapi-model-" + name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /**
     * Queues a task; returns at once.
     *
     * @param what describes the task for the log; its {@code toString()} is only called when the task fails
     * @param task the task
     */
    public void execute(Object what, Runnable task) {
        pending.incrementAndGet();
        try {
            executor.execute(() -> runGuarded(what, task));
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            LOG.debug("Model thread stopped; dropped {}", what);
        }
    }

    /**
     * Runs a task on the model thread and waits for its result; runs it inline when called on the model thread,
     * or after the thread was stopped (once its last queued task has finished).
     *
     * @param task the task
     * @param <T> the result type
     * @return the task's result
     */
    public <T> T call(Callable<T> task) {
        if (Thread.currentThread() == thread) {
            return callInline(task);
        }
        if (executor.isShutdown()) {
            awaitStopped();
            return callInline(task);
        }
        FutureTask<T> future = new FutureTask<>(() -> {
            lock.lock();
            try {
                return task.call();
            } finally {
                pending.decrementAndGet();
                changed.signalAll();
                lock.unlock();
            }
        });
        pending.incrementAndGet();
        try {
            executor.execute(future);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            awaitStopped();
            return callInline(task);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model thread", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** @param task a task to run on the model thread and wait for */
    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** @return whether the calling thread is the model thread */
    public boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /**
     * Waits until a condition on the model holds, re-checking it after every model task.
     *
     * @param condition the condition; evaluated on the waiting thread
     * @param timeout how long to wait at most
     * @return {@code true} if it holds, {@code false} on timeout
     */
    public boolean await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return condition.getAsBoolean();
        } finally {
            lock.unlock();
        }
    }

    /** @return whether no task is queued or running */
    public boolean isIdle() {
        return pending.get() == 0;
    }


    /** @return tasks that threw */
    public long failedTasks() {
        return failedTasks.get();
    }

    /** Stops accepting tasks; queued tasks still run. */
    public void shutdown() {
        executor.shutdown();
        signal();
    }

    /** After shutdown, lets the last queued tasks finish before anything runs inline. */
    private void awaitStopped() {
        try {
            executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runGuarded(Object what, Runnable task) {
        lock.lock();
        try {
            task.run();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failedTasks.incrementAndGet();
            LOG.error("Applying {} failed; the fact is dropped", what, e);
        } finally {
            pending.decrementAndGet();
            changed.signalAll();
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private <T> T callInline(Callable<T> task) {
        lock.lock();
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrow(e);
        } finally {
            changed.signalAll();
            lock.unlock();
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new IllegalStateException(t);
    }
}
