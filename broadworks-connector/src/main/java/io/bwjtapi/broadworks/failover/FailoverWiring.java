package io.bwjtapi.broadworks.failover;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.broadworks.users.MonitoredUser;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.FailoverPolicy;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.failover.fact.ShutdownRequested;
import io.bwjtapi.failover.fact.SnapshotReceived;
import io.bwjtapi.provider.spi.SwitchEventSink;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiLifecycleListener;
import io.bwjtapi.xsi.channel.EventChannelSet;
import java.time.Clock;
import java.time.Duration;

/**
 * The failover side of one session, assembled: the policy and its driver, the channel slots, the resync queue,
 * the backend listener and the service reporter. The session calls it on the switch thread (except
 * {@link #listener()}, which the Xsi client calls on its own threads).
 */
public final class FailoverWiring {
    /** Forced resyncs in flight at once: enough to resync 10 000 devices in a few seconds, few enough for the XSP. */
    static final int RESYNCS_IN_FLIGHT = 64;

    private final SwitchThread thread;
    private final EventChannelSet channels;
    private final XspEndpoints endpoints;
    private final ChannelSlots slots = new ChannelSlots();
    private final PolicyDriver driver;
    private final ResyncRequests resyncs;
    private final SessionStats stats;
    private final Clock clock;
    private final ServiceReporter reporter;
    private final BackendFacts facts;
    private volatile MonitoredUsers users = new MonitoredUsers(java.util.List.of());

    /**
     * @param config the policy's configuration (its clock is the session's clock)
     * @param client the session's Xsi client
     * @param endpoints the configured XSPs
     * @param thread the switch thread
     * @param stats the session's counters
     * @param sink the JTAPI layer
     * @param calls the call state handed to the layer's failover operations
     * @param hooks what the session is told
     * @param restoreWait how long a returning provider waits for its devices' snapshots
     */
    public FailoverWiring(FailoverConfig config, XsiClient client, XspEndpoints endpoints, SwitchThread thread,
            SessionStats stats, SwitchEventSink sink, DeviceCalls calls, SessionHooks hooks, Duration restoreWait) {
        this.thread = thread;
        this.channels = client.channels();
        this.endpoints = endpoints;
        this.stats = stats;
        this.clock = config.clock();
        this.driver = new PolicyDriver(new FailoverPolicy(config), thread);
        this.resyncs = new ResyncRequests(thread, client.subscriptions(), driver, RESYNCS_IN_FLIGHT);
        this.reporter = new ServiceReporter(sink, () -> users, calls, thread, clock, stats, restoreWait);
        driver.attach(new DecisionRunner(this, reporter, hooks), reporter);
        this.facts = new BackendFacts(thread, slots, driver, userId -> users.byUserId(userId).isPresent(), stats,
                clock);
    }

    /** @return the listener to register with the Xsi client before anything opens */
    public XsiLifecycleListener listener() {
        return facts;
    }

    /** Begins the initial open: each XSP is tried once. */
    public void start() {
        driver.start();
    }

    /** @param monitored the users to monitor: each starts out of service and is subscribed */
    public void devicesAdded(MonitoredUsers monitored) {
        this.users = monitored;
        reporter.devicesAdded();
        for (MonitoredUser user : monitored.all()) {
            driver.fact(new DeviceAdded(DeviceId.of(user.userId())));
        }
    }

    /**
     * A call snapshot was reconciled with the model.
     *
     * @param userId the user
     * @param unsolicited whether it was a CallSubscriptionResyncEvent
     * @param agreed whether it matched the model before
     */
    public void snapshot(String userId, boolean unsolicited, boolean agreed) {
        DeviceId device = DeviceId.of(userId);
        driver.fact(unsolicited ? SnapshotReceived.unsolicited(device, agreed)
                : SnapshotReceived.solicited(device, agreed));
    }

    /** @param fact a call fact (call started, alerting, alerting ended) */
    public void callFact(Fact fact) {
        driver.fact(fact);
    }

    /** @return the service states as the JTAPI layer sees them */
    public ServiceReporter service() {
        return reporter;
    }

    /** The application shut the provider down: channels close, the timer stops. */
    public void shutdown() {
        driver.fact(ShutdownRequested.INSTANCE);
        driver.cancel();
    }

    SwitchThread thread() {
        return thread;
    }

    EventChannelSet channels() {
        return channels;
    }

    XspEndpoints endpoints() {
        return endpoints;
    }

    ChannelSlots slots() {
        return slots;
    }

    ResyncRequests resyncs() {
        return resyncs;
    }

    PolicyDriver driver() {
        return driver;
    }

    SessionStats stats() {
        return stats;
    }

    Clock clock() {
        return clock;
    }
}
