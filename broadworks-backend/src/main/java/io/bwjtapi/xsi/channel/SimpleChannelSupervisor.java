package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.XsiLifecycleListener;
import io.bwjtapi.xsi.internal.Backoff;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small default POLICY for using the backend on its own: keeps one channel on every configured XSP,
 * re-opening a lost or refused one (same channel set) after a capped exponential backoff with jitter,
 * declares a channel dead after a number of missed heartbeats, and forces a resync of every subscription
 * when a channel comes back after all were lost. A provider driven by a failover policy replaces it.
 */
public final class SimpleChannelSupervisor implements XsiLifecycleListener, AutoCloseable {
    /** Default number of heartbeats missed in a row after which a channel is declared dead. */
    public static final int DEFAULT_MAX_MISSED_HEARTBEATS = 2;
    /** Default first re-open delay. */
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);
    /** Default longest re-open delay. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(SimpleChannelSupervisor.class);

    private final XsiClient client;
    private final int maxMissedHeartbeats;
    private final Backoff backoff;
    private final ScheduledExecutorService timer;
    private final Map<XsiEndpoint, AtomicInteger> failures = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile boolean allLost;

    private SimpleChannelSupervisor(XsiClient client, int maxMissedHeartbeats, Duration firstDelay, Duration maxDelay) {
        if (maxMissedHeartbeats < 1) {
            throw new IllegalArgumentException("maxMissedHeartbeats must be at least 1");
        }
        this.client = client;
        this.maxMissedHeartbeats = maxMissedHeartbeats;
        this.backoff = new Backoff(firstDelay, maxDelay);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bwjtapi-xsi-supervisor");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts supervising with the defaults: opens a channel on every configured XSP.
     *
     * @param client the client
     * @return the running supervisor
     */
    public static SimpleChannelSupervisor start(XsiClient client) {
        return start(client, DEFAULT_MAX_MISSED_HEARTBEATS, DEFAULT_FIRST_DELAY, DEFAULT_MAX_DELAY);
    }

    /**
     * Starts supervising: opens a channel on every configured XSP.
     *
     * @param client the client
     * @param maxMissedHeartbeats heartbeats missed in a row before a channel is declared dead
     * @param firstDelay the first re-open delay
     * @param maxDelay the longest re-open delay
     * @return the running supervisor
     */
    public static SimpleChannelSupervisor start(XsiClient client, int maxMissedHeartbeats, Duration firstDelay,
            Duration maxDelay) {
        SimpleChannelSupervisor supervisor = new SimpleChannelSupervisor(client, maxMissedHeartbeats, firstDelay,
                maxDelay);
        client.addLifecycleListener(supervisor);
        client.config().endpoints().forEach(supervisor::open);
        return supervisor;
    }

    @Override
    public void channelOpened(EventChannel channel) {
        failures.computeIfAbsent(channel.endpoint(), e -> new AtomicInteger()).set(0);
        if (allLost) {
            allLost = false;
            // Events may have been lost while no channel was up: ask for a fresh snapshot of everyone.
            LOG.info("A channel is back after all were lost; forcing a resync of every subscription");
            client.subscriptions().refreshAll();
        }
    }

    @Override
    public void channelOpenFailed(XsiEndpoint endpoint, ChannelOpenFailure failure) {
        reopenLater(endpoint);
    }

    @Override
    public void channelClosed(EventChannel channel, ChannelCloseReason reason) {
        if (reason.kind() == ChannelCloseReason.Kind.EXPLICIT_CLOSE) {
            return;
        }
        if (client.channels().channels().isEmpty()) {
            allLost = true;
        }
        reopenLater(channel.endpoint());
    }

    @Override
    public void heartbeatMissed(EventChannel channel, int consecutiveMisses) {
        if (consecutiveMisses >= maxMissedHeartbeats && running) {
            client.channels().abort(channel, consecutiveMisses + " heartbeats missed in a row");
        }
    }

    /** Stops re-opening channels; open channels stay open. */
    @Override
    public void close() {
        running = false;
        client.removeLifecycleListener(this);
        timer.shutdownNow();
    }

    private void reopenLater(XsiEndpoint endpoint) {
        if (!running) {
            return;
        }
        int attempt = failures.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
        long delay = backoff.delayMillis(attempt);
        LOG.info("Re-opening a channel on {} in {} ms (attempt {})", endpoint, delay, attempt);
        try {
            timer.schedule(() -> open(endpoint), delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            LOG.debug("Supervisor closed; not re-opening {}", endpoint);
        }
    }

    private void open(XsiEndpoint endpoint) {
        if (running) {
            client.channels().open(endpoint); // the outcome arrives as a fact
        }
    }
}
