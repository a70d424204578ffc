package io.bwjtapi.provider.dispatch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's ordered event dispatcher: delivers to each observer and listener, in the order the model
 * produced them, on the dispatcher's own threads (never on the model thread or an I/O thread).
 * <p>
 * Every recipient (identified by object identity) has a mailbox that a pool thread drains in order, so one
 * recipient never sees two deliveries at once or out of order, and a slow recipient delays only itself. A
 * callback that throws is logged and counted; the following callbacks run normally. A callback that takes
 * longer than the slow threshold, or a delivery that waited longer than it in its mailbox, is counted and
 * reported with a rate-limited WARN.
 */
public final class EventDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private static final int BATCH = 64;
    private static final ThreadLocal<EventDispatcher> CURRENT = new ThreadLocal<>();

    private final ThreadPoolExecutor pool;
    private final long slowNanos;
    private final Map<Key, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final RateLimitedLog slowLog;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong slow = new AtomicLong();
    private final AtomicLong late = new AtomicLong();

    /**
     * @param name the provider's name, for thread names
     * @param threads the number of delivery threads
     * @param slowThreshold callback duration and queue age that are reported as slow
     */
    public EventDispatcher(String name, int threads, Duration slowThreshold) {
        AtomicInteger counter = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread t = new Thread(() -> {
                CURRENT.set(this);
                runnable.run();
            }, "bwjtapi-events-" + name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        slowNanos = slowThreshold.toNanos();
        slowLog = new RateLimitedLog(LOG, Duration.ofSeconds(10));
    }

    /**
     * Queues a delivery for a recipient; returns at once.
     *
     * @param recipient the observer or listener
     * @param delivery what to deliver
     */
    public void deliver(Object recipient, Delivery delivery) {
        Key key = new Key(recipient);
        while (true) {
            Mailbox mailbox = mailboxes.computeIfAbsent(key, k -> new Mailbox(recipient));
            synchronized (mailbox) {
                if (mailbox.dead) {
                    continue;
                }
                mailbox.queue.add(delivery);
                if (!mailbox.scheduled) {
                    mailbox.scheduled = true;
                    schedule(mailbox);
                }
                return;
            }
        }
    }

    /**
     * Waits until every queued delivery has run (unless called from a callback, which cannot wait for its own
     * queue), then stops the threads.
     *
     * @param timeout how long to wait for the queues to drain
     */
    public void shutdown(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (CURRENT.get() != this && !mailboxes.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        pool.shutdown();
    }

    /**
     * Waits until every queued delivery has run.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if nothing is queued or running any more
     */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!mailboxes.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(200_000);
        }
        return true;
    }

    /** @return whether the calling thread is one of this dispatcher's delivery threads */
    public boolean isDeliveryThread() {
        return CURRENT.get() == this;
    }

    /** @return the counters */
    public DispatcherStats stats() {
        return new DispatcherStats(delivered.get(), failed.get(), slow.get(), late.get());
    }

    private void schedule(Mailbox mailbox) {
        try {
            pool.execute(() -> drain(mailbox));
        } catch (RejectedExecutionException e) {
            LOG.debug("Dispatcher stopped; dropping deliveries to {}", describe(mailbox.recipient));
            synchronized (mailbox) {
                mailbox.queue.clear();
                mailbox.dead = true;
                mailboxes.remove(new Key(mailbox.recipient), mailbox);
            }
        }
    }

    private void drain(Mailbox mailbox) {
        for (int i = 0; i < BATCH; i++) {
            Delivery next;
            synchronized (mailbox) {
                next = mailbox.queue.poll();
                if (next == null) {
                    mailbox.scheduled = false;
                    mailbox.dead = true;
                    mailboxes.remove(new Key(mailbox.recipient), mailbox);
                    return;
                }
            }
            run(mailbox.recipient, next);
        }
        schedule(mailbox);
    }

    private void run(Object recipient, Delivery delivery) {
        long age = System.nanoTime() - delivery.enqueuedNanos();
        if (age > slowNanos) {
            late.incrementAndGet();
            slowLog.warn("Events for {} waited {} ms in the queue ({}); a callback of this recipient is slow",
                    describe(recipient), age / 1_000_000, delivery.description());
        }
        for (Runnable invocation : delivery.invocations()) {
            long start = System.nanoTime();
            try {
                invocation.run();
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                failed.incrementAndGet();
                LOG.warn("Callback of {} threw while receiving {}; later events are still delivered",
                        describe(recipient), delivery.description(), e);
            }
            delivered.incrementAndGet();
            long took = System.nanoTime() - start;
            if (took > slowNanos) {
                slow.incrementAndGet();
                slowLog.warn("Callback of {} took {} ms for {}; callbacks should return quickly",
                        describe(recipient), took / 1_000_000, delivery.description());
            }
        }
    }

    private static String describe(Object recipient) {
        return recipient.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(recipient));
    }

    /** A recipient's queue of deliveries. */
    private static final class Mailbox {
        final Object recipient;
        final Queue<Delivery> queue = new ArrayDeque<>();
        boolean scheduled;
        boolean dead;

        Mailbox(Object recipient) {
            this.recipient = recipient;
        }
    }

    /** Identifies a recipient by object identity. */
    private static final class Key {
        private final Object recipient;

        Key(Object recipient) {
            this.recipient = recipient;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).recipient == recipient;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(recipient);
        }
    }
}
