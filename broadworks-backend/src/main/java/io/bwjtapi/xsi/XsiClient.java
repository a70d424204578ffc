package io.bwjtapi.xsi;

import io.bwjtapi.xsi.action.XsiActions;
import io.bwjtapi.xsi.channel.EventChannelSet;
import io.bwjtapi.xsi.internal.ClientContext;
import io.bwjtapi.xsi.internal.Counters;
import io.bwjtapi.xsi.internal.Facts;
import io.bwjtapi.xsi.internal.delivery.EventDelivery;
import io.bwjtapi.xsi.internal.delivery.SubscriptionDirectory;
import io.bwjtapi.xsi.internal.http.TlsContexts;
import io.bwjtapi.xsi.internal.http.XsiHttpClient;
import io.bwjtapi.xsi.internal.netty.XsiChannelInitializer;
import io.bwjtapi.xsi.internal.xml.UnknownTypes;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import io.bwjtapi.xsi.internal.xml.XsiResponseReader;
import io.bwjtapi.xsi.subscription.Subscription;
import io.bwjtapi.xsi.subscription.SubscriptionManager;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A BroadWorks Xsi client: owns the event loops, the delivery thread and the callback threads, and gives
 * access to the event channel set ({@link #channels()}), the subscriptions ({@link #subscriptions()}) and
 * the Xsi-Actions commands ({@link #actions()}). Events go to one {@link XsiEventConsumer}; transport facts to
 * the {@link XsiLifecycleListener}s. Nothing opens by itself: open channels (or start a
 * {@link io.bwjtapi.xsi.channel.SimpleChannelSupervisor}) and subscribe users. {@link #close()} releases
 * everything promptly.
 */
public final class XsiClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(XsiClient.class);
    private static final long CLOSE_CHANNELS_MILLIS = 2000;

    private final XsiClientConfig config;
    private final EventLoopGroup group;
    private final ExecutorService callbacks;
    private final Facts facts = new Facts();
    private final Counters counters = new Counters();
    private final XsiHttpClient http;
    private final EventDelivery delivery;
    private final EventChannelSet channels;
    private final SubscriptionManager subscriptions;
    private final XsiActions actions;
    private final AtomicBoolean closed = new AtomicBoolean();

    private XsiClient(XsiClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.group = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("bwjtapi-xsi-io", true));
        AtomicInteger callbackThreads = new AtomicInteger();
        this.callbacks = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bwjtapi-xsi-callback-" + callbackThreads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        TlsContexts tls = config.endpoints().stream().anyMatch(XsiEndpoint::tls) ? TlsContexts.create(config) : null;
        XsiDocumentDecoder decoder = new XsiDocumentDecoder(config.maxDocumentSize(),
                new UnknownTypes(type -> facts.fire(l -> l.unknownEventType(type))));
        XsiChannelInitializer initializer = new XsiChannelInitializer(tls, config.maxResponseSize(),
                config.maxDocumentSize(), decoder);
        this.http = new XsiHttpClient(group, config, initializer);
        ClientContext ctx = new ClientContext(config, group, http, initializer, decoder,
                new XsiResponseReader(config.maxResponseSize()), facts, counters, callbacks);
        LateDirectory directory = new LateDirectory();
        this.delivery = new EventDelivery(facts, counters, directory, config.reorderWindow(),
                config.unknownSubscriptionGrace(), config.dedupeCapacity());
        this.channels = new EventChannelSet(ctx, delivery);
        this.subscriptions = new SubscriptionManager(ctx, channels, delivery::known, delivery::forget);
        directory.target = subscriptions;
        this.actions = new XsiActions(ctx, channels);
        LOG.info("Xsi client created: {}", config);
    }

    /**
     * Creates a client; nothing connects until channels are opened or requests sent.
     *
     * @param config the configuration
     * @return the client
     */
    public static XsiClient create(XsiClientConfig config) {
        return new XsiClient(config);
    }

    /** @return the configuration */
    public XsiClientConfig config() {
        return config;
    }

    /** @return the event channel set (open, close, list channels) */
    public EventChannelSet channels() {
        return channels;
    }

    /** @return the subscriptions of monitored users */
    public SubscriptionManager subscriptions() {
        return subscriptions;
    }

    /** @return the Xsi-Actions commands */
    public XsiActions actions() {
        return actions;
    }

    /**
     * Sets the one consumer of events (replacing the previous one; events are discarded while none is set).
     *
     * @param consumer the consumer, called on the delivery thread
     */
    public void setEventConsumer(XsiEventConsumer consumer) {
        delivery.consumer(Objects.requireNonNull(consumer, "consumer"));
    }

    /** @param listener a listener for transport facts */
    public void addLifecycleListener(XsiLifecycleListener listener) {
        facts.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @param listener a listener to remove */
    public void removeLifecycleListener(XsiLifecycleListener listener) {
        facts.remove(listener);
    }

    /** @return the counters so far */
    public XsiStats stats() {
        return new XsiStats(counters, delivery.backlog());
    }

    /**
     * Closes the client: deletes its channels (waiting up to two seconds for the XSPs), then stops every
     * thread. Subscriptions stay on the server and are found again by a client with the same channel set.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        subscriptions.close();
        try {
            channels.closeAll().get(CLOSE_CHANNELS_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.debug("Channels did not close within {} ms; closing anyway", CLOSE_CHANNELS_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.debug("Closing channels failed: {}", e.getMessage());
        }
        http.close();
        delivery.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        callbacks.shutdownNow();
        LOG.info("Xsi client closed");
    }

    /** Breaks the construction cycle between delivery and the subscription manager. */
    private static final class LateDirectory implements SubscriptionDirectory {
        private volatile SubscriptionDirectory target;

        @Override
        public Subscription find(String subscriptionId) {
            return target.find(subscriptionId);
        }

        @Override
        public void terminated(Subscription subscription) {
            target.terminated(subscription);
        }

        @Override
        public void unknown(String subscriptionId) {
            target.unknown(subscriptionId);
        }
    }
}
