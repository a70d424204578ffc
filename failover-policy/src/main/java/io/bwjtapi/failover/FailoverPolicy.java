package io.bwjtapi.failover;

import io.bwjtapi.failover.channel.ChannelSet;
import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.device.DeviceTracker;
import io.bwjtapi.failover.event.FailoverEventListener;
import io.bwjtapi.failover.fact.EndpointFact;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.failover.internal.FactRouter;
import io.bwjtapi.failover.internal.Outbox;
import io.bwjtapi.failover.internal.ProviderLifecycle;
import io.bwjtapi.failover.state.ChannelState;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.failover.state.ProviderState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failover policy of one provider: facts and time go in, decisions come out. Deterministic and
 * single-threaded: it has no threads or timers of its own and must be fed from one thread.
 *
 * <p>Use: call {@link #start()} once to begin the initial open, then {@link #onFact(Fact)} for every fact and
 * {@link #onTime(Instant)} when the time returned by {@link #nextDeadline()} is reached; after every call,
 * carry out the returned decisions in order and re-arm the single timer. Facts are stamped with the configured
 * clock; time never runs backwards inside the policy. Facts that do not fit the current state (a late answer,
 * an unknown device) change nothing and are counted in {@link #ignoredFacts()}.
 */
public final class FailoverPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(FailoverPolicy.class);

    private final FailoverConfig config;
    private final Outbox outbox = new Outbox();
    private final ChannelSet channels;
    private final DeviceTracker devices;
    private final ProviderLifecycle provider;
    private final FactRouter router;
    private Instant now = Instant.MIN;
    private boolean started;
    private long ignoredFacts;

    /** @param config the configuration; its clock stamps facts and its seed (if any) drives all jitter */
    public FailoverPolicy(FailoverConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        Random random = config.randomSeed().isPresent() ? new Random(config.randomSeed().getAsLong()) : new Random();
        this.channels = new ChannelSet(config, random, outbox);
        this.devices = new DeviceTracker(config, random, outbox);
        this.provider = new ProviderLifecycle(config, channels, devices, outbox);
        this.router = new FactRouter(channels, devices, provider);
    }

    /** @param listener receives every provider, device and channel transition from now on */
    public void addListener(FailoverEventListener listener) {
        outbox.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Begins the initial open: each XSP is tried once. The provider stays {@link ProviderState#CONNECTING} until a
     * channel is live; if none answers, the decisions end with a {@code GiveUp(INITIAL_OPEN_FAILED)}.
     *
     * @return the decisions (the first channel opens)
     * @throws IllegalStateException if called twice
     */
    public List<Decision> start() {
        if (started) {
            throw new IllegalStateException("the failover policy was already started");
        }
        started = true;
        provider.settle(advance(config.clock().instant()));
        return outbox.drain();
    }

    /**
     * Applies a fact at the clock's current time. Before {@link #start()} only device facts and shutdown take
     * effect.
     *
     * @param fact the fact
     * @return the decisions it leads to, in order
     * @throws IllegalArgumentException if the fact names an XSP that is not configured
     */
    public List<Decision> onFact(Fact fact) {
        Objects.requireNonNull(fact, "fact");
        requireConfigured(fact);
        Instant at = advance(config.clock().instant());
        if (provider.state() == ProviderState.SHUTDOWN || !router.apply(fact, at)) {
            ignoredFacts++;
            LOG.debug("ignored {} in provider state {}", fact, provider.state());
        }
        if (started) {
            provider.settle(at);
        }
        return outbox.drain();
    }

    /**
     * Applies everything due at {@code time}; the wiring calls it when the deadline it was given is reached.
     *
     * @param time the current time (earlier values than already seen are treated as the latest seen)
     * @return the decisions, in order
     */
    public List<Decision> onTime(Instant time) {
        Instant at = advance(Objects.requireNonNull(time, "time"));
        if (started) {
            provider.settle(at);
        }
        return outbox.drain();
    }

    /** @return when {@link #onTime(Instant)} must be called next; empty when nothing is scheduled */
    public Optional<Instant> nextDeadline() {
        return started ? provider.nextDeadline(now) : Optional.empty();
    }

    /** @return the provider's connection state */
    public ProviderState providerState() {
        return provider.state();
    }

    /**
     * @param endpoint a configured XSP
     * @return its channel state
     */
    public ChannelState channelState(XspEndpoint endpoint) {
        return channels.state(endpoint);
    }

    /** @return how many XSPs have a live channel */
    public int liveChannels() {
        return channels.liveCount();
    }

    /**
     * @param device a device
     * @return its state; empty when it is unknown or closed (closed devices are forgotten)
     */
    public Optional<DeviceState> deviceState(DeviceId device) {
        return devices.state(device);
    }

    /**
     * @param device a device
     * @return why it is in its state; empty when it is unknown or closed
     */
    public Optional<DeviceCause> deviceCause(DeviceId device) {
        return devices.cause(device);
    }

    /** @return how many facts changed nothing because they did not fit the state at the time */
    public long ignoredFacts() {
        return ignoredFacts;
    }

    /** @return the configuration */
    public FailoverConfig config() {
        return config;
    }

    private void requireConfigured(Fact fact) {
        if (fact instanceof EndpointFact && !config.endpoints().contains(((EndpointFact) fact).endpoint())) {
            throw new IllegalArgumentException("XSP " + ((EndpointFact) fact).endpoint()
                    + " is not one of the configured endpoints " + config.endpoints());
        }
    }

    private Instant advance(Instant time) {
        if (time.isAfter(now)) {
            now = time;
        }
        return now;
    }
}
